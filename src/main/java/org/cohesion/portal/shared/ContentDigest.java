package org.cohesion.portal.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A fingerprint of the translatable text of a piece of content (SHA-256 of its fields): a
 * translation stores the fingerprint of the original it was made from, and is out of date
 * when the original's fingerprint changes. A change of state (publication, featured) does
 * not touch the text, so it does not make translations out of date; putting back the
 * earlier text makes them current again.
 */
public final class ContentDigest {

	private ContentDigest() {
	}

	public static String of(@Nullable String... fields) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String field : fields) {
				byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
				// the length first, so that ("ab", "c") and ("a", "bc") differ
				sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				sha.update((byte) ':');
				sha.update(bytes);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
