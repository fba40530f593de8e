package org.cohesion.portal.casework.audit;

import org.jspecify.annotations.Nullable;

/**
 * The chain's check: intact, or the first sequence number where it breaks and why (a
 * message key: {@code mnr.audit.broken.<problem>}).
 */
public record AuditVerification(boolean intact, long checked, @Nullable Long brokenAt, @Nullable String problem) {

	static AuditVerification ok(long checked) {
		return new AuditVerification(true, checked, null, null);
	}

	static AuditVerification broken(long checked, long at, String problem) {
		return new AuditVerification(false, checked, at, problem);
	}

}
