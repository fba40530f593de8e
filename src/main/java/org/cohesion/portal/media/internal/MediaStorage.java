package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the library's files live: a local directory or an S3-compatible bucket. Keys are
 * {@code originals/<sha256>.<ext>} (never served) and {@code public/<name>} (derivatives
 * and documents). A file is either fully written or absent: no reader ever sees half of
 * one.
 */
public interface MediaStorage {

	void put(String key, Path file, String contentType) throws IOException;

	void put(String key, byte[] content, String contentType) throws IOException;

	/** The file, if present; the caller closes the stream. */
	Optional<StoredFile> open(String key) throws IOException;

	void delete(String key) throws IOException;

	boolean exists(String key) throws IOException;

	/** An open file and its length in bytes. */
	record StoredFile(InputStream content, long length) {
	}

}
