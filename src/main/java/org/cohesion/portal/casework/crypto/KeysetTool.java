package org.cohesion.portal.casework.crypto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The operator's command for casework keys (no Tinkey needed), run from the application
 * jar:
 *
 * <pre>
 * java -cp portal.jar -Dloader.main=org.cohesion.portal.casework.crypto.KeysetTool \
 *      org.springframework.boot.loader.launch.PropertiesLauncher generate /etc/mnr/casework-keyset.json
 * </pre>
 *
 * Sub-commands: {@code generate FILE} (a new keyset, file created owner-only, refuses to
 * overwrite), {@code add-key FILE} (rotation step 1), {@code promote FILE} (step 2),
 * {@code drop-old-keys FILE} (step 4, after the re-encryption job), {@code show FILE}
 * (key ids only). Each change keeps the previous file as {@code FILE.previous}.
 */
public final class KeysetTool {

	private KeysetTool() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: KeysetTool generate|add-key|promote|drop-old-keys|show FILE");
			return 2;
		}
		Path file = Path.of(args[1]);
		try {
			switch (args[0]) {
				case "generate" -> {
					if (Files.exists(file)) {
						err.println(file + " exists: refusing to overwrite a keyset (data written with it "
								+ "would become unreadable)");
						return 1;
					}
					KeysetSource.writeSecret(file, CaseworkKeyset.generate().toJson());
					out.println("casework keyset written to " + file + " (owner read/write only)");
				}
				case "add-key" -> replace(file, read(file).withNewAeadKey(), out);
				case "promote" -> replace(file, read(file).withNewestAeadKeyPrimary(), out);
				case "drop-old-keys" -> replace(file, read(file).withoutOldAeadKeys(), out);
				case "show" -> describe(read(file), out);
				default -> {
					err.println("unknown command " + args[0]);
					return 2;
				}
			}
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			err.println("failed: " + ex.getMessage());
			return 1;
		}
	}

	private static CaseworkKeyset read(Path file) throws IOException {
		return CaseworkKeyset.parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	private static void replace(Path file, CaseworkKeyset keyset, PrintStream out) throws IOException {
		Path previous = file.resolveSibling(file.getFileName() + ".previous");
		Files.copy(file, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		Path next = file.resolveSibling(file.getFileName() + ".next");
		Files.deleteIfExists(next);
		KeysetSource.writeSecret(next, keyset.toJson());
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
		describe(keyset, out);
	}

	private static void describe(CaseworkKeyset keyset, PrintStream out) {
		out.println("AEAD keys: " + keyset.aeadKeyIds().stream().map(Integer::toUnsignedString).toList() + ", primary "
				+ Integer.toUnsignedString(keyset.primaryAeadKeyId()));
	}

}
