package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files under a directory ({@code ./data/media} by default). Each file is written to a
 * temporary name beside its destination, then moved into place atomically.
 */
class LocalMediaStorage implements MediaStorage {

	private final Path root;

	LocalMediaStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
		try {
			Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
			move(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
		try {
			Files.write(temporary, content);
			move(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public Optional<StoredFile> open(String key) throws IOException {
		Path file = resolve(key);
		try {
			return Optional.of(new StoredFile(Files.newInputStream(file), Files.size(file)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	Path root() {
		return root;
	}

	private Path resolve(String key) {
		Path file = root.resolve(key).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Key outside the storage: " + key);
		}
		return file;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
