package org.cohesion.portal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 key of the audit chain. It comes from the environment
 * ({@code PORTAL_AUDIT_KEY}), never from the database: whoever can write the tables but
 * does not hold the key cannot rewrite the chain so that it verifies.
 */
final class AuditKey {

	static final String VARIABLE = "PORTAL_AUDIT_KEY";

	private final SecretKeySpec key;

	private AuditKey(byte[] bytes) {
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	static AuditKey fromBase64(String value) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(VARIABLE + " must be Base64 (openssl rand -base64 32)");
		}
		if (bytes.length < 32) {
			throw new IllegalStateException(VARIABLE + " must hold at least 32 random bytes (openssl rand -base64 32)");
		}
		return new AuditKey(bytes);
	}

	/** Demo mode only: a key generated once into a file of the demo's data directory. */
	static AuditKey demo(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] bytes = new byte[32];
				new SecureRandom().nextBytes(bytes);
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
			}
			return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
