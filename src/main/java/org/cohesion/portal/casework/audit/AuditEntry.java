package org.cohesion.portal.casework.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code mnr_audit} as it is stored. {@link #signedContent()} is the exact
 * byte string the tag covers: every column but the tag, each length-prefixed so that no
 * two different rows share it.
 */
public record AuditEntry(long seq, Instant at, @Nullable Long actorId, String actor, String actorRole, String actorOrg,
		@Nullable String ip, String action, String recordType, @Nullable String recordRef, String detail,
		@Nullable String grantRef, byte[] prevTag, byte[] tag) {

	/** Microseconds: what both databases keep of a timestamp. */
	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	byte[] signedContent() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeUTF("mnr-audit-v1");
			out.writeLong(seq);
			out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, at));
			out.writeLong(actorId == null ? -1 : actorId);
			text(out, actor);
			text(out, actorRole);
			text(out, actorOrg);
			text(out, ip);
			text(out, action);
			text(out, recordType);
			text(out, recordRef);
			text(out, detail);
			text(out, grantRef);
			binary(out, prevTag);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] headContent(long lastSeq, byte[] lastTag) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeUTF("mnr-audit-head-v1");
			out.writeLong(lastSeq);
			binary(out, lastTag);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void text(DataOutputStream out, @Nullable String value) throws IOException {
		binary(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
	}

	private static void binary(DataOutputStream out, byte @Nullable [] value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(value.length);
		out.write(value);
	}

}
