package org.cohesion.portal.casework.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the casework keyset comes from, in this order: the JSON document itself
 * ({@code PORTAL_CASEWORK_KEYSET}), a file holding it
 * ({@code PORTAL_CASEWORK_KEYSET_FILE}); in demo mode only, a file generated once under
 * {@code ./data/casework-keys/} (owner read/write only). Anything else stops the node: a
 * casework node never runs on a key it made up.
 */
public final class KeysetSource {

	static final String DEMO_FILE = "casework-keyset.json";

	private static final Logger log = LoggerFactory.getLogger(KeysetSource.class);

	private KeysetSource() {
	}

	public static CaseworkKeyset load(@Nullable String json, @Nullable String file, boolean demo, Path demoDirectory) {
		if (json != null && !json.isBlank()) {
			return CaseworkKeyset.parse(json);
		}
		if (file != null && !file.isBlank()) {
			Path path = Path.of(file);
			if (!Files.isReadable(path)) {
				throw new CaseworkKeyset.InvalidKeysetException(
						"PORTAL_CASEWORK_KEYSET_FILE names a file that cannot be read: " + path.toAbsolutePath());
			}
			return CaseworkKeyset.parse(read(path));
		}
		if (!demo) {
			throw new CaseworkKeyset.InvalidKeysetException("no casework keyset: set PORTAL_CASEWORK_KEYSET (the JSON "
					+ "document) or PORTAL_CASEWORK_KEYSET_FILE (a file holding it); see docs/OPERATIONS.md, "
					+ "\"Casework keys\", to generate one");
		}
		return demoKeyset(demoDirectory);
	}

	private static CaseworkKeyset demoKeyset(Path directory) {
		Path path = directory.resolve(DEMO_FILE);
		if (Files.exists(path)) {
			return CaseworkKeyset.parse(read(path));
		}
		CaseworkKeyset generated = CaseworkKeyset.generate();
		try {
			Files.createDirectories(directory);
			writeSecret(path, generated.toJson());
			log.warn("Demo mode: a casework keyset was generated in {} (never use it in production)",
					path.toAbsolutePath());
			return generated;
		}
		catch (FileAlreadyExistsException ex) {
			// another process of the demo wrote it first: use theirs
			return CaseworkKeyset.parse(read(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the demo casework keyset to " + path, ex);
		}
	}

	/** Writes a new file readable and writable by its owner only. */
	public static void writeSecret(Path path, String content) throws IOException {
		boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			Files.createFile(path, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		else {
			Files.createFile(path);
		}
		Files.writeString(path, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new CaseworkKeyset.InvalidKeysetException("cannot read the casework keyset file " + path);
		}
	}

}
