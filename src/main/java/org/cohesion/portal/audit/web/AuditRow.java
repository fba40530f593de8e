package org.cohesion.portal.audit.web;

import java.time.Instant;

import org.cohesion.portal.audit.domain.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail as the back office lists it (templates receive views, not
 * entities).
 */
public record AuditRow(long sequence, Instant occurredAt, String actor, @Nullable String ip, String action,
		String summary, @Nullable String beforeState, @Nullable String afterState) {

	static AuditRow of(AuditEntry entry) {
		return new AuditRow(entry.getSequence(), entry.getOccurredAt(), entry.getActor(), entry.getIp(),
				entry.getAction(), entry.getSummary(), entry.getBeforeState(), entry.getAfterState());
	}

}
