package org.cohesion.portal.casework.audit;

import java.time.Instant;
import java.util.Arrays;

import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;

/** An entry as the auditeur's page shows it (the reason decrypted). */
public record AuditLine(long seq, Instant at, String actor, String actorRole, String actorOrg, @Nullable String ip,
		String action, String recordType, @Nullable String recordRef, String detail, @Nullable String reason) {

	/**
	 * The message key naming the actor's role (a casework role, or the system), or null
	 * for a value no longer known, shown as stored.
	 */
	public @Nullable String roleKey() {
		if ("SYSTEME".equals(actorRole)) {
			return "mnr.audit.role.system";
		}
		return Arrays.stream(CaseworkRole.values())
			.filter(role -> role.name().equals(actorRole))
			.findFirst()
			.map(CaseworkRole::messageKey)
			.orElse(null);
	}

}
