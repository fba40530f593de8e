package org.cohesion.portal.casework.crypto;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseworkCryptoTests {

	private final CaseworkKeyset keyset = CaseworkKeyset.generate();

	private final FieldBinding aminaName = new FieldBinding("casework_person", "prs_name", "row-1");

	@Test
	void aFieldDecryptsOnlyInItsOwnTableColumnAndRow() {
		FieldCipher cipher = new FieldCipher(keyset);
		byte[] ciphertext = cipher.encrypt("Amina Fictive", aminaName);

		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("Amina");
		assertThat(cipher.decrypt(ciphertext, aminaName)).isEqualTo("Amina Fictive");
		assertThatThrownBy(() -> cipher.decrypt(ciphertext, new FieldBinding("casework_person", "prs_name", "row-2")))
			.isInstanceOf(FieldCipher.UndecryptableException.class)
			.hasMessageNotContaining("Amina");
		assertThatThrownBy(() -> cipher.decrypt(ciphertext, new FieldBinding("casework_person", "prs_alias", "row-1")))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void anotherKeysetCannotDecrypt() {
		byte[] ciphertext = new FieldCipher(keyset).encrypt("Amina Fictive", aminaName);
		FieldCipher stranger = new FieldCipher(CaseworkKeyset.generate());

		assertThatThrownBy(() -> stranger.decrypt(ciphertext, aminaName))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void afterARotationOldAndNewCiphertextsBothDecryptAndOldOnesAreFlaggedForReencryption() {
		FieldCipher before = new FieldCipher(keyset);
		byte[] old = before.encrypt("Amina Fictive", aminaName);

		CaseworkKeyset added = CaseworkKeyset.parse(keyset.toJson()).withNewAeadKey();
		assertThat(new FieldCipher(added).needsReencryption(old)).as("a key added, not yet primary").isFalse();

		CaseworkKeyset rotated = added.withNewestAeadKeyPrimary();
		FieldCipher after = new FieldCipher(rotated);
		byte[] fresh = after.encrypt("Awa Fictive", aminaName);

		assertThat(FieldCipher.keyIdOf(fresh)).isEqualTo(rotated.primaryAeadKeyId())
			.isNotEqualTo(keyset.primaryAeadKeyId());
		assertThat(after.decrypt(old, aminaName)).isEqualTo("Amina Fictive");
		assertThat(after.needsReencryption(old)).isTrue();
		assertThat(after.needsReencryption(fresh)).isFalse();

		byte[] reencrypted = after.reencrypt(old, aminaName);
		CaseworkKeyset reduced = rotated.withoutOldAeadKeys();
		assertThat(reduced.aeadKeyIds()).containsExactly(rotated.primaryAeadKeyId());
		assertThat(new FieldCipher(reduced).decrypt(reencrypted, aminaName)).isEqualTo("Amina Fictive");
		assertThatThrownBy(() -> new FieldCipher(reduced).decrypt(old, aminaName))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void blindIndexesAreKeyedDeterministicAndSeparatedByKind() {
		BlindIndex index = new BlindIndex(keyset);

		assertThat(index.of("name", "kouassi")).isEqualTo(index.of("name", "kouassi")).hasSize(16);
		assertThat(index.of("name", "kouassi")).isNotEqualTo(index.of("phone", "kouassi"));
		assertThat(new BlindIndex(CaseworkKeyset.generate()).of("name", "kouassi"))
			.isNotEqualTo(index.of("name", "kouassi"));
		assertThat(new BlindIndex(CaseworkKeyset.parse(keyset.toJson())).of("name", "kouassi"))
			.as("the same keyset read back")
			.isEqualTo(index.of("name", "kouassi"));
	}

	@Test
	void chainTagsVerifyOnlyUnderTheirKeyAndData() {
		ChainMac mac = new ChainMac(keyset);
		byte[] tag = mac.tag("entry 1".getBytes(StandardCharsets.UTF_8));

		assertThat(mac.verify(tag, "entry 1".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(mac.verify(tag, "entry 2".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(new ChainMac(CaseworkKeyset.generate()).verify(tag, "entry 1".getBytes(StandardCharsets.UTF_8)))
			.isFalse();
	}

	@Test
	void filesAreStoredEncryptedAndReadBack(@TempDir Path root) throws Exception {
		CaseworkFiles files = new CaseworkFiles(root, new FieldCipher(keyset));
		byte[] scan = "Formulaire de consentement signé par Amina Fictive".getBytes(StandardCharsets.UTF_8);

		String reference = files.store(scan);

		Path stored = root.resolve(reference.substring(0, 2)).resolve(reference + ".bin");
		assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1)).doesNotContain("Amina");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
		assertThat(files.read(reference)).isEqualTo(scan);
		assertThat(files.references()).containsExactly(reference);
		assertThatThrownBy(() -> files.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMissingKeyStopsProductionAndDemoModeGeneratesOneOwnerOnlyFileOnce(@TempDir Path directory) throws Exception {
		assertThatThrownBy(() -> KeysetSource.load(null, null, false, directory))
			.isInstanceOf(CaseworkKeyset.InvalidKeysetException.class)
			.hasMessageContaining("PORTAL_CASEWORK_KEYSET");
		assertThat(directory).isEmptyDirectory();

		CaseworkKeyset first = KeysetSource.load(null, null, true, directory);
		CaseworkKeyset second = KeysetSource.load(null, null, true, directory);
		Path file = directory.resolve(KeysetSource.DEMO_FILE);

		assertThat(second.primaryAeadKeyId()).isEqualTo(first.primaryAeadKeyId());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aMalformedKeysetIsRefusedWithoutRepeatingIt() {
		assertThatThrownBy(() -> KeysetSource.load("{\"aead\": \"secret-looking\"}", null, false, Path.of(".")))
			.isInstanceOf(CaseworkKeyset.InvalidKeysetException.class)
			.hasMessageNotContaining("secret-looking");
		assertThatThrownBy(() -> KeysetSource.load(null, "/nonexistent/keyset.json", true, Path.of(".")))
			.isInstanceOf(CaseworkKeyset.InvalidKeysetException.class)
			.hasMessageContaining("PORTAL_CASEWORK_KEYSET_FILE");
	}

	@Test
	void theKeysetToolGeneratesRotatesAndNeverOverwrites(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("keyset.json");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

		assertThat(KeysetTool.run(new String[] { "generate", file.toString() }, o, e)).isZero();
		int original = CaseworkKeyset.parse(Files.readString(file)).primaryAeadKeyId();
		assertThat(KeysetTool.run(new String[] { "generate", file.toString() }, o, e)).isEqualTo(1);
		assertThat(KeysetTool.run(new String[] { "add-key", file.toString() }, o, e)).isZero();
		assertThat(KeysetTool.run(new String[] { "promote", file.toString() }, o, e)).isZero();

		CaseworkKeyset rotated = CaseworkKeyset.parse(Files.readString(file));
		assertThat(rotated.aeadKeyIds()).hasSize(2).contains(original);
		assertThat(rotated.primaryAeadKeyId()).isNotEqualTo(original);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("value");
	}

}
