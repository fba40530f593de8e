package org.cohesion.portal.casework.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The casework's three Tink keysets, held together in one JSON document ({@code {"aead":
 * <Tink JSON keyset>, "index": ..., "audit": ...}}):
 * <ul>
 * <li>{@code aead}: AES-256-GCM for identity fields and files; rotated by adding a new
 * primary key, old keys kept until the re-encryption job has finished;</li>
 * <li>{@code index}: HMAC-SHA256 PRF for blind indexes (deterministic: only the primary
 * key is used, so rotating it means recomputing every index);</li>
 * <li>{@code audit}: HMAC-SHA256 MAC for the audit chain (tags name their key, so older
 * entries verify after a rotation).</li>
 * </ul>
 * The document is secret: it is never written to the database, never logged.
 */
public final class CaseworkKeyset {

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
			MacConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeysetHandle aead;

	private final KeysetHandle index;

	private final KeysetHandle audit;

	CaseworkKeyset(KeysetHandle aead, KeysetHandle index, KeysetHandle audit) {
		this.aead = aead;
		this.index = index;
		this.audit = audit;
	}

	/** Three fresh keysets of one key each. */
	public static CaseworkKeyset generate() {
		try {
			return new CaseworkKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
					KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF),
					KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate the casework keyset", ex);
		}
	}

	/**
	 * Reads the JSON document; the message of the exception never repeats the document.
	 */
	public static CaseworkKeyset parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidKeysetException("the casework keyset is not valid JSON");
		}
		return new CaseworkKeyset(part(root, "aead"), part(root, "index"), part(root, "audit"));
	}

	private static KeysetHandle part(JsonNode root, String name) {
		JsonNode node = root == null ? null : root.get(name);
		if (node == null || !node.isObject()) {
			throw new InvalidKeysetException("the casework keyset has no \"" + name + "\" keyset");
		}
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(node.toString(), InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new InvalidKeysetException("the \"" + name + "\" keyset of the casework keyset cannot be read");
		}
	}

	public String toJson() {
		try {
			ObjectNode root = JSON.createObjectNode();
			root.set("aead",
					JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(aead, InsecureSecretKeyAccess.get())));
			root.set("index",
					JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(index, InsecureSecretKeyAccess.get())));
			root.set("audit",
					JSON.readTree(TinkJsonProtoKeysetFormat.serializeKeyset(audit, InsecureSecretKeyAccess.get())));
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot serialise the casework keyset", ex);
		}
	}

	/**
	 * Step 1 of a rotation: the same keysets plus a new AES-256-GCM key that is not yet
	 * primary. Deployed to every node first, so that each can already read what the new
	 * key will encrypt.
	 */
	public CaseworkKeyset withNewAeadKey() {
		return new CaseworkKeyset(withNewKey(aead, PredefinedAeadParameters.AES256_GCM), index, audit);
	}

	/**
	 * Step 2 of a rotation: the most recently added AEAD key becomes primary (new writes
	 * use it). The index and audit keysets are left as they are: rotating the index key
	 * means recomputing every blind index, and the audit key guards a chain that must
	 * stay verifiable.
	 */
	public CaseworkKeyset withNewestAeadKeyPrimary() {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(aead);
			builder.getAt(builder.size() - 1).makePrimary();
			return new CaseworkKeyset(builder.build(), index, audit);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot promote the new casework key", ex);
		}
	}

	/**
	 * Step 4 of a rotation, once the re-encryption job reports that no row or file uses
	 * them: the AEAD keyset reduced to its primary key.
	 */
	public CaseworkKeyset withoutOldAeadKeys() {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(aead);
			for (int i = builder.size() - 1; i >= 0; i--) {
				if (!builder.getAt(i).isPrimary()) {
					builder.deleteAt(i);
				}
			}
			return new CaseworkKeyset(builder.build(), index, audit);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot remove the old casework keys", ex);
		}
	}

	private static KeysetHandle withNewKey(KeysetHandle handle, Parameters parameters) {
		try {
			return KeysetHandle.newBuilder(handle)
				.addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId())
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot add a casework key", ex);
		}
	}

	KeysetHandle aead() {
		return aead;
	}

	KeysetHandle index() {
		return index;
	}

	KeysetHandle audit() {
		return audit;
	}

	/** The key id that encrypts new writes. */
	public int primaryAeadKeyId() {
		return aead.getPrimary().getId();
	}

	/**
	 * Every AEAD key id, primary included, for the key page (ids only, never material).
	 */
	public List<Integer> aeadKeyIds() {
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < aead.size(); i++) {
			ids.add(aead.getAt(i).getId());
		}
		return ids;
	}

	@Override
	public String toString() {
		return "CaseworkKeyset[aead primary " + Integer.toUnsignedString(primaryAeadKeyId()) + "]";
	}

	/** The keyset is missing, malformed or not the one the data was written with. */
	public static class InvalidKeysetException extends RuntimeException {

		public InvalidKeysetException(String message) {
			super(message);
		}

	}

}
