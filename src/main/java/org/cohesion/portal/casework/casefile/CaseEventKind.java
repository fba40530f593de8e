package org.cohesion.portal.casework.casefile;

/**
 * What a line of the timeline says happened; the French text is
 * {@code mnr.case.event.<name>}, its arguments the codes kept in the line's detail.
 */
public enum CaseEventKind {

	OPENED, STATUS_CHANGED, RISK_ASSESSED, NEEDS_UPDATED, CHILD_PROTECTION_UPDATED, NOTE_ADDED, ATTACHMENT_ADDED,
	PERPETRATOR_ADDED, NAME_REVEALED, BREAK_GLASS_READ, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_REFUSED,
	REFERRAL_STARTED, REFERRAL_DONE, REFERRAL_REVOKED, PERSON_MERGED, TRANSFER_REQUESTED, TRANSFER_ACCEPTED,
	TRANSFER_DECLINED, PLAN_ACTION_ADDED, PLAN_ACTION_DONE, FOLLOWUP_PLANNED, FOLLOWUP_DONE,
	// closure and reintegration
	CLOSURE_REQUESTED, CLOSURE_APPROVED, CLOSURE_REJECTED, CLOSURE_WITHDRAWN, CASE_REOPENED, REINTEGRATION_UPDATED,
	RETURN_STEP_UPDATED,
	/**
	 * The case file printed for the prosecutor (casework.dossier); detail: the print's
	 * reference.
	 */
	CASE_FILE_PRINTED

}
