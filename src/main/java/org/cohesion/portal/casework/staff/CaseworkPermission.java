package org.cohesion.portal.casework.staff;

/**
 * What a casework user may do, checked on the server. Which records a permission reaches
 * (need to know) is the access policy's business, not this list's.
 */
public enum CaseworkPermission {

	/** Record an alert: a new presumed victim. */
	PERSON_CREATE,
	/** Read the people and records in one's scope. */
	PERSON_READ,
	/** Change the people and records in one's scope. */
	PERSON_EDIT,
	/** Take an alert from the cell's queue and record the identification interview. */
	ALERT_SCREEN,
	/**
	 * Record, refuse or withdraw a person's consent, or the legal basis that stands for
	 * it.
	 */
	CONSENT_RECORD,
	/** Merge two records of the same person (duplicates), keeping both histories. */
	RECORDS_MERGE,
	/** Open a record outside one's scope, with a reason, for a limited time. */
	BREAK_GLASS,
	/** Review the break-the-glass accesses. */
	BREAK_GLASS_REVIEW,
	/** Export individual records. */
	RECORD_EXPORT,
	/**
	 * Print a case's file for the prosecutor (chosen parts, watermarked, audited): the
	 * case's owner or a supervisor of its cell.
	 */
	CASE_EXPORT,
	/**
	 * Refer a case in one's scope to a provider (with the person's consent or a legal
	 * basis).
	 */
	REFERRAL_SEND,
	/**
	 * Refer without consent or legal basis, with a written reason (audited, shown to the
	 * supervisors).
	 */
	REFERRAL_OVERRIDE,
	/**
	 * Answer the referrals addressed to one's own organisation and record the services
	 * given.
	 */
	REFERRAL_ANSWER,
	/**
	 * Ask for the closure of a case one owns (or of one's cell, as supervisor), with a
	 * reason category and the HTCDS reason.
	 */
	CASE_CLOSE_REQUEST,
	/**
	 * Approve or reject the closure requests of one's cell, and reopen a closed case with
	 * a written reason.
	 */
	CASE_CLOSE_APPROVE,
	/** Search the directory of services (who gives what, where, with how many places). */
	DIRECTORY_READ,
	/** Update the places free of one's own organisation's services. */
	CAPACITY_UPDATE,
	/** Read aggregate statistics (never an individual record). */
	STATISTICS_READ,
	/** Create, change, suspend casework users. */
	USERS_MANAGE,
	/** Create and change organisations. */
	ORGANISATIONS_MANAGE,
	/** Change the reference lists (nationalities, forms of exploitation…). */
	REFERENCE_LISTS_MANAGE,
	/** Key operations: rotation, re-encryption. */
	KEYS_MANAGE,
	/** Read and verify the audit trail. */
	AUDIT_READ;

	/**
	 * The message key of what it allows, in French ({@code mnr.permission.person_read}).
	 */
	public String messageKey() {
		return "mnr.permission." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The Spring Security authority: {@code MNR_PERSON_READ}… */
	public String authority() {
		return "MNR_" + name();
	}

}
