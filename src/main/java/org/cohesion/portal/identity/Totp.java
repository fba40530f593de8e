package org.cohesion.portal.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits, what every authenticator application understands. The arithmetic is the RFC's
 * (its test vectors prove it); Base32 comes from commons-codec.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;

	public static final int DIGITS = 6;

	/** 160 bits, the size of an HMAC-SHA1 key (RFC 4226 recommends it). */
	public static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base32 BASE32 = new Base32();

	private Totp() {
	}

	/** A new secret, Base32-encoded (32 characters). */
	public static String newSecret() {
		byte[] key = new byte[SECRET_BYTES];
		RANDOM.nextBytes(key);
		return encode(key);
	}

	/** RFC 4648 Base32, upper case, without padding (what authenticators expect). */
	public static String encode(byte[] key) {
		return BASE32.encodeToString(key).replace("=", "");
	}

	/** Decodes a Base32 secret as people type it: any case, spaces and dashes allowed. */
	public static byte[] decode(String base32) {
		String clean = base32.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
		if (!clean.matches("[A-Z2-7]*")) {
			throw new IllegalArgumentException("Not Base32");
		}
		return BASE32.decode(clean);
	}

	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of a time step, with the given HMAC algorithm and number of digits. */
	public static String code(byte[] key, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulo = (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulo);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

	/** The six-digit code of a Base32 secret at a time step. */
	public static String code(String base32Secret, long step) {
		return code(decode(base32Secret), step, "HmacSHA1", DIGITS);
	}

	/**
	 * The time step the code belongs to, if it matches the current step or one either
	 * side (clocks of phones drift, and typing takes time). The caller must still refuse
	 * a step already used.
	 */
	public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		String typed = code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			// constant-time comparison: the time taken tells nothing about the digits
			if (MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The {@code otpauth://} URI that authenticator applications read from a QR code.
	 */
	public static String uri(String issuer, String account, String base32Secret) {
		String label = urlEncode(issuer) + ":" + urlEncode(account);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + urlEncode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String urlEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
