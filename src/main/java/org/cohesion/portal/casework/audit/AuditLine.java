package org.cohesion.portal.casework.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An entry as the auditeur's page shows it (the reason decrypted). */
public record AuditLine(long seq, Instant at, String actor, String actorRole, String actorOrg, @Nullable String ip,
		String action, String recordType, @Nullable String recordRef, String detail, @Nullable String reason) {
}
