package org.cohesion.portal.casework.closure;

import java.util.Arrays;
import java.util.Optional;

import org.cohesion.portal.casework.casefile.CaseStatus;

/**
 * Why a case closes, from the practice of referral mechanisms. The category decides the
 * HTCDS status: a case handed on to another mechanism or country (or returned into the
 * care of the place of return) closes as {@code ClosedReferred}, the others as
 * {@code Closed}. The free text ({@code cas_ReasonForCaseClosure}) says the rest.
 */
public enum ClosureCategory {

	/** The objectives of the assistance plan are met: the person is reintegrated. */
	OBJECTIVES_MET(CaseStatus.CLOSED),
	/** Handed on to another mechanism, or to the mechanism of another country. */
	TRANSFERRED(CaseStatus.CLOSED_REFERRED),
	/** Returned or repatriated, followed by the services of the place of return. */
	RETURNED(CaseStatus.CLOSED_REFERRED),
	/** The person declined further assistance. */
	DECLINED(CaseStatus.CLOSED),
	/** Contact lost despite the attempts recorded. */
	CONTACT_LOST(CaseStatus.CLOSED),
	/** Deceased. */
	DECEASED(CaseStatus.CLOSED),
	/** Not a victim of trafficking after review. */
	NOT_A_VICTIM(CaseStatus.CLOSED),
	/** Another reason, said in the text. */
	OTHER(CaseStatus.CLOSED);

	private final CaseStatus closedStatus;

	ClosureCategory(CaseStatus closedStatus) {
		this.closedStatus = closedStatus;
	}

	/** The status the case takes when the closure is approved. */
	public CaseStatus closedStatus() {
		return closedStatus;
	}

	public String messageKey() {
		return "mnr.closure.category." + name();
	}

	static Optional<ClosureCategory> parse(@org.jspecify.annotations.Nullable String value) {
		return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
	}

}
