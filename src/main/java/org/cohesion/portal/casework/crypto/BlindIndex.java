package org.cohesion.portal.casework.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;

/**
 * Keyed HMAC-SHA256 (a Tink PRF) of normalised values, for exact-match lookups on
 * encrypted fields: equal inputs of one kind give equal indexes, and without the key an
 * index reveals nothing that a dictionary could be tried against. The kind is part of the
 * input, so a phone number's index never equals a name's. Values are normalised by the
 * caller ({@link Normalise}, {@link PhoneticKey}).
 */
public final class BlindIndex {

	/**
	 * 16 bytes: collisions stay negligible at national scale, and the index stays short.
	 */
	static final int LENGTH = 16;

	private final PrfSet prf;

	public BlindIndex(CaseworkKeyset keyset) {
		try {
			this.prf = keyset.index().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
		}
		catch (GeneralSecurityException ex) {
			throw new CaseworkKeyset.InvalidKeysetException("the casework index keyset cannot be used");
		}
	}

	public byte[] of(String kind, String normalisedValue) {
		try {
			byte[] input = (kind + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8);
			return prf.computePrimary(input, LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Blind index failed", ex);
		}
	}

}
