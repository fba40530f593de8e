package org.cohesion.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Single-use codes that replace the second factor once (lost phone). About 49 bits each:
 * too few for a fast unsalted hash, so they are kept like passwords, with the user
 * store's adaptive, salted {@link PasswordEncoder}. A check tries the few unused codes of
 * one user (ten at most).
 */
public final class RecoveryCodes {

	public static final int COUNT = 10;

	/** No 0/O, 1/l/I: read from paper and typed by hand. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/**
	 * Marks a code hash written before codes were hashed with the encoder: the encoder's
	 * hash of the old unsalted SHA-256, so that no SHA-256 stays in the table and the
	 * codes already printed keep working.
	 */
	static final String LEGACY_PREFIX = "sha256+";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PasswordEncoder encoder;

	public RecoveryCodes(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	/** A new code, shown once, and the hash to store. */
	public record Issued(String shown, String hash) {
	}

	/** A stored, unused code of one user, as the user store's port gives it. */
	public record Stored(long id, String hash) {
	}

	public List<Issued> issue() {
		List<Issued> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			String shown = code.substring(0, 5) + "-" + code.substring(5);
			codes.add(new Issued(shown, encoder.encode(normalise(shown))));
		}
		return codes;
	}

	/** The stored code the typed one matches, if any. */
	public Optional<Stored> match(String typed, List<Stored> unused) {
		String code = normalise(typed);
		if (!code.matches("[a-z0-9]{10}")) {
			return Optional.empty();
		}
		return unused.stream().filter(stored -> matches(code, stored.hash())).findFirst();
	}

	private boolean matches(String code, String hash) {
		if (hash.startsWith(LEGACY_PREFIX)) {
			return encoder.matches(sha256(code), hash.substring(LEGACY_PREFIX.length()));
		}
		return encoder.matches(code, hash);
	}

	/** True for a hash stored as a bare unsalted SHA-256 (before this class existed). */
	public static boolean isLegacy(String hash) {
		return hash.matches("[0-9a-f]{64}");
	}

	/** The stored form of a legacy SHA-256 hash: wrapped in the encoder's hash. */
	public String rewrapLegacy(String sha256Hex) {
		if (!isLegacy(sha256Hex)) {
			throw new IllegalArgumentException("Not a legacy recovery code hash");
		}
		return LEGACY_PREFIX + encoder.encode(sha256Hex);
	}

	static String normalise(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
