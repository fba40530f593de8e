package org.cohesion.portal.casework.audit;

import org.jspecify.annotations.Nullable;

/**
 * What the code that served the request says happened; who and from where are added by
 * {@link CaseworkAudit}.
 *
 * @param action view, list, search, change…
 * @param recordType {@code person}, {@code person-list}, {@code break-glass}…
 * @param recordRef the record's pseudonymous code, or null for a list
 * @param detail which fields or section, or the search's criteria by name (never values)
 * @param grantRef the break-the-glass access this read went through, if any (its reason
 * is stored encrypted with it, and shown to the auditeur)
 */
public record AuditEvent(AuditAction action, String recordType, @Nullable String recordRef, String detail,
		@Nullable String grantRef) {

	public static AuditEvent of(AuditAction action, String recordType, @Nullable String recordRef, String detail) {
		return new AuditEvent(action, recordType, recordRef, detail, null);
	}

	public AuditEvent through(@Nullable String grant) {
		return new AuditEvent(action, recordType, recordRef, detail, grant);
	}

}
