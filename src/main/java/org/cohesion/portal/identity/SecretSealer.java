package org.cohesion.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;

/**
 * Seals small secrets (TOTP secrets) with an AEAD (Google Tink, AES-256-GCM) whose key
 * lives outside the database: a stolen dump alone gives no second factor. Each sealed
 * value is bound to its place ({@code context}, e.g. {@code accounts:totp:42}) as
 * associated data, so it cannot be copied onto another user.
 *
 * <p>
 * The key is either a Tink JSON keyset (which allows rotation: new primary, old keys
 * still open) or 32 random bytes in Base64 ({@code openssl rand -base64 32}).
 */
public final class SecretSealer {

	/** Prefix of a sealed value, so a clear value left from before is recognised. */
	public static final String PREFIX = "aead1:";

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final Aead aead;

	private SecretSealer(KeysetHandle keys) throws GeneralSecurityException {
		this.aead = keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	/**
	 * From the configured key material; the message of the exception names the variable,
	 * never the key.
	 */
	public static SecretSealer fromKey(String variable, String material) {
		String value = material.strip();
		try {
			if (value.startsWith("{")) {
				return new SecretSealer(TinkJsonProtoKeysetFormat.parseKeyset(value, InsecureSecretKeyAccess.get()));
			}
			byte[] raw = Base64.getDecoder().decode(value);
			if (raw.length != 32) {
				throw new IllegalStateException(
						variable + " must hold 32 random bytes in Base64 (openssl rand -base64 32)"
								+ " or a Tink JSON keyset; it holds " + raw.length + " bytes");
			}
			AesGcmParameters parameters = AesGcmParameters.builder()
				.setKeySizeBytes(32)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.NO_PREFIX)
				.build();
			AesGcmKey key = AesGcmKey.builder()
				.setParameters(parameters)
				.setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
				.build();
			return new SecretSealer(KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.importKey(key).withFixedId(1).makePrimary())
				.build());
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalStateException(
					variable + " is not a usable key (32 random bytes in Base64, or a Tink JSON keyset)", ex);
		}
	}

	/** A key made for this process only: what is sealed with it is lost at restart. */
	public static SecretSealer generated() {
		try {
			return new SecretSealer(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String seal(String secret, String context) {
		try {
			byte[] sealed = aead.encrypt(secret.getBytes(StandardCharsets.UTF_8),
					context.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealing failed", ex);
		}
	}

	/**
	 * Opens a sealed value; {@link SealedSecretUnreadable} if the key or the context is
	 * not the one it was sealed with (or the value was altered).
	 */
	public String open(String sealed, String context) {
		if (!isSealed(sealed)) {
			throw new SealedSecretUnreadable("Not a sealed value");
		}
		try {
			byte[] clear = aead.decrypt(Base64.getDecoder().decode(sealed.substring(PREFIX.length())),
					context.getBytes(StandardCharsets.UTF_8));
			return new String(clear, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealedSecretUnreadable("The sealed value cannot be opened with this key and context");
		}
	}

	public static boolean isSealed(String value) {
		return value.startsWith(PREFIX);
	}

	/** A sealed value that this key cannot open. */
	public static final class SealedSecretUnreadable extends RuntimeException {

		SealedSecretUnreadable(String message) {
			super(message);
		}

	}

}
