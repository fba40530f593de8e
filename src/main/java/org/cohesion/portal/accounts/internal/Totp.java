package org.cohesion.portal.accounts.internal;

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

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits, what every authenticator application understands. Written here rather than
 * taken from a library because it is forty lines and the RFC's test vectors prove it.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;

	public static final int DIGITS = 6;

	/** 160 bits, the size of an HMAC-SHA1 key (RFC 4226 recommends it). */
	public static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret, Base32-encoded (32 characters). */
	public static String newSecret() {
		byte[] key = new byte[SECRET_BYTES];
		RANDOM.nextBytes(key);
		return Base32.encode(key);
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
		return code(Base32.decode(base32Secret), step, "HmacSHA1", DIGITS);
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
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** RFC 4648 Base32, upper case, without padding (what authenticators expect). */
	public static final class Base32 {

		private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

		private Base32() {
		}

		public static String encode(byte[] data) {
			StringBuilder out = new StringBuilder();
			int buffer = 0;
			int bits = 0;
			for (byte b : data) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
					bits -= 5;
				}
			}
			if (bits > 0) {
				out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
			}
			return out.toString();
		}

		public static byte[] decode(String text) {
			String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
			ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
			int buffer = 0;
			int bits = 0;
			for (char c : clean.toCharArray()) {
				int value = ALPHABET.indexOf(c);
				if (value < 0) {
					throw new IllegalArgumentException("Not Base32: " + c);
				}
				buffer = (buffer << 5) | value;
				bits += 5;
				if (bits >= 8) {
					out.put((byte) (buffer >> (bits - 8)));
					bits -= 8;
				}
			}
			return out.array();
		}

	}

}
