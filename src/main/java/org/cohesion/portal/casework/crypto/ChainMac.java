package org.cohesion.portal.casework.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;

/**
 * The audit chain's keyed hash: HMAC-SHA256 through Tink, with a key that lives outside
 * the database, so that someone who can write to the database cannot recompute the chain
 * after changing an entry. Tags name their key, so entries written before a rotation of
 * this keyset still verify.
 */
public final class ChainMac {

	private final Mac mac;

	public ChainMac(CaseworkKeyset keyset) {
		try {
			this.mac = keyset.audit().getPrimitive(RegistryConfiguration.get(), Mac.class);
		}
		catch (GeneralSecurityException ex) {
			throw new CaseworkKeyset.InvalidKeysetException("the casework audit keyset cannot be used");
		}
	}

	public byte[] tag(byte[] data) {
		try {
			return mac.computeMac(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("MAC failed", ex);
		}
	}

	public boolean verify(byte[] tag, byte[] data) {
		try {
			mac.verifyMac(tag, data);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

}
