package org.cohesion.portal.casework.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Casework files (scanned consent forms, reports, photos), encrypted with the casework
 * AEAD key before they touch the disk, in their own directory
 * ({@code PORTAL_CASEWORK_FILES}, by default {@code ./data/casework-files}), never in the
 * public media storage. A file is named by a random reference that says nothing of its
 * content, and its ciphertext is bound to that reference.
 */
public final class CaseworkFiles {

	private static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{32}");

	private final Path root;

	private final FieldCipher cipher;

	public CaseworkFiles(Path root, FieldCipher cipher) {
		this.root = root;
		this.cipher = cipher;
	}

	/** Encrypts and stores; returns the reference to keep in the database. */
	public String store(byte[] content) {
		String reference = UUID.randomUUID().toString().replace("-", "");
		write(reference, cipher.encryptBytes(content, binding(reference)));
		return reference;
	}

	public byte[] read(String reference) {
		try {
			return cipher.decryptBytes(Files.readAllBytes(path(reference)), binding(reference));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read casework file " + reference, ex);
		}
	}

	public void delete(String reference) {
		try {
			Files.deleteIfExists(path(reference));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete casework file " + reference, ex);
		}
	}

	/**
	 * Re-encrypts one file with the primary key if an older key wrote it; returns whether
	 * it did.
	 */
	public boolean reencrypt(String reference) {
		try {
			byte[] stored = Files.readAllBytes(path(reference));
			if (!cipher.needsReencryption(stored)) {
				return false;
			}
			write(reference, cipher.reencrypt(stored, binding(reference)));
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot re-encrypt casework file " + reference, ex);
		}
	}

	/** Every stored reference, in order (for the re-encryption job). */
	public List<String> references() {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".bin"))
				.map(name -> name.substring(0, name.length() - 4))
				.filter(name -> REFERENCE.matcher(name).matches())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the casework files", ex);
		}
	}

	public Path root() {
		return root;
	}

	private void write(String reference, byte[] ciphertext) {
		Path target = path(reference);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = target.resolveSibling(reference + "." + UUID.randomUUID() + ".tmp");
			KeysetSource.writeSecret(temporary, "");
			Files.write(temporary, ciphertext);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write casework file " + reference, ex);
		}
	}

	private Path path(String reference) {
		if (!REFERENCE.matcher(reference).matches()) {
			throw new IllegalArgumentException("not a casework file reference");
		}
		return root.resolve(reference.substring(0, 2)).resolve(reference + ".bin");
	}

	private static FieldBinding binding(String reference) {
		return new FieldBinding("casework_files", "content", reference);
	}

}
