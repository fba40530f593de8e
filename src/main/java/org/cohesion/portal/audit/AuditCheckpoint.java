package org.cohesion.portal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's head as last seen by this node, kept outside the database (a file on a
 * configurable path, ideally another volume, and a line in the log), signed with the
 * audit key. Deleting the last entries and moving {@code audit_head} back is then
 * detected: the entry the checkpoint names is gone or different.
 *
 * <p>
 * Format: {@code sequence hash keyedFrom mac}. With several nodes, each keeps its own
 * file: each is a lower bound of the chain.
 */
final class AuditCheckpoint {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoint.class);

	record Mark(long sequence, String hash, long keyedFrom) {
	}

	private final Path file;

	private final AuditKey key;

	private long written;

	AuditCheckpoint(Path file, AuditKey key) {
		this.file = file;
		this.key = key;
	}

	/** Moves the checkpoint forward (never back). */
	synchronized void advance(Mark mark) {
		if (mark.sequence() <= written) {
			return;
		}
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, "checkpoint", ".tmp");
			Files.writeString(temporary, line(mark) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			written = mark.sequence();
		}
		catch (IOException ex) {
			log.error("Audit checkpoint {} cannot be written: {}", file, ex.getMessage());
		}
	}

	/**
	 * The checkpoint in the file, if any; empty if absent. A file whose signature does
	 * not match is reported as {@link Tampered}.
	 */
	Optional<Mark> read() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
			if (parts.length != 4) {
				throw new Tampered();
			}
			Mark mark = new Mark(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]));
			if (!MessageDigest.isEqual(line(mark).getBytes(StandardCharsets.US_ASCII),
					(parts[0] + " " + parts[1] + " " + parts[2] + " " + parts[3])
						.getBytes(StandardCharsets.US_ASCII))) {
				throw new Tampered();
			}
			written = Math.max(written, mark.sequence());
			return Optional.of(mark);
		}
		catch (IOException | NumberFormatException ex) {
			throw new Tampered();
		}
	}

	/** The signed line, also written to the log by the periodic check. */
	String line(Mark mark) {
		String body = mark.sequence() + " " + mark.hash() + " " + mark.keyedFrom();
		return body + " " + key.mac("audit-checkpoint|" + body);
	}

	/** Removes the checkpoint (tests that start the trail afresh). */
	synchronized void forget() throws IOException {
		Files.deleteIfExists(file);
		written = 0;
	}

	Path file() {
		return file;
	}

	/** The checkpoint file is there but not signed with this key. */
	static final class Tampered extends RuntimeException {

		Tampered() {
			super("audit checkpoint not signed with the audit key");
		}

	}

}
