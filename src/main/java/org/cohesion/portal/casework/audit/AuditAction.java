package org.cohesion.portal.casework.audit;

/** What was done. The French label is the message {@code mnr.audit.action.<name>}. */
public enum AuditAction {

	VIEW, LIST, SEARCH, EXPORT, PRINT, CREATE, UPDATE, REVEAL, BREAK_GLASS, BREAK_GLASS_REVIEW, AUDIT_READ,
	AUDIT_VERIFY, KEY_OPERATION

}
