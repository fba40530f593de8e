package org.cohesion.portal.casework.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM through Tink for identity fields and files. A ciphertext starts with Tink's
 * 5-byte prefix naming the key that wrote it, which tells the re-encryption job which
 * rows still need it without decrypting anything.
 */
public final class FieldCipher {

	private final Aead aead;

	private final int primaryKeyId;

	public FieldCipher(CaseworkKeyset keyset) {
		try {
			this.aead = keyset.aead().getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.primaryKeyId = keyset.primaryAeadKeyId();
		}
		catch (GeneralSecurityException ex) {
			throw new CaseworkKeyset.InvalidKeysetException("the casework AEAD keyset cannot be used");
		}
	}

	/** {@code null} stays {@code null} (an empty field stores nothing). */
	public byte @Nullable [] encrypt(@Nullable String plaintext, FieldBinding binding) {
		if (plaintext == null) {
			return null;
		}
		return encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), binding);
	}

	public @Nullable String decrypt(byte @Nullable [] ciphertext, FieldBinding binding) {
		if (ciphertext == null) {
			return null;
		}
		return new String(decryptBytes(ciphertext, binding), StandardCharsets.UTF_8);
	}

	public byte[] encryptBytes(byte[] plaintext, FieldBinding binding) {
		try {
			return aead.encrypt(plaintext, binding.associatedData());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/**
	 * @throws UndecryptableException when no key of the keyset opens it, or it belongs to
	 * another row or column
	 */
	public byte[] decryptBytes(byte[] ciphertext, FieldBinding binding) {
		try {
			return aead.decrypt(ciphertext, binding.associatedData());
		}
		catch (GeneralSecurityException ex) {
			throw new UndecryptableException(binding);
		}
	}

	/** Decrypts with any key and encrypts again with the primary one. */
	public byte[] reencrypt(byte[] ciphertext, FieldBinding binding) {
		return encryptBytes(decryptBytes(ciphertext, binding), binding);
	}

	/** Whether this ciphertext was written with an older key than the primary one. */
	public boolean needsReencryption(byte[] ciphertext) {
		return keyIdOf(ciphertext) != primaryKeyId;
	}

	public int primaryKeyId() {
		return primaryKeyId;
	}

	/** The id of the key that wrote this ciphertext (Tink's prefix: 0x01 then the id). */
	public static int keyIdOf(byte[] ciphertext) {
		if (ciphertext.length < 5 || ciphertext[0] != 0x01) {
			return 0;
		}
		return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
	}

	/** Says where, never what. */
	public static class UndecryptableException extends RuntimeException {

		UndecryptableException(FieldBinding binding) {
			super("Cannot decrypt " + binding.table() + "." + binding.column() + " of row " + binding.row()
					+ ": wrong key, or the value was moved from another row");
		}

	}

}
