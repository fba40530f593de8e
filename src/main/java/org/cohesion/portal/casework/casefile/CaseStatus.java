package org.cohesion.portal.casework.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** HTCDS {@code cas_Status}. */
public enum CaseStatus {

	ACTIVE("Active"), FOLLOW_UP("FollowUp"), CLOSED("Closed"), CLOSED_REFERRED("ClosedReferred");

	private final String htcds;

	CaseStatus(String htcds) {
		this.htcds = htcds;
	}

	public String htcds() {
		return htcds;
	}

	public boolean open() {
		return this == ACTIVE || this == FOLLOW_UP;
	}

	/**
	 * Closing and reopening are a supervisor's decision (through a closure request and
	 * its approval, or a reopening); the rest is the case worker's.
	 */
	boolean needsSupervisorTo(CaseStatus next) {
		return open() != next.open();
	}

	public String messageKey() {
		return "mnr.case.status." + name().toLowerCase(Locale.ROOT);
	}

	static CaseStatus fromHtcds(String value) {
		return Arrays.stream(values()).filter(s -> s.htcds.equals(value)).findFirst().orElseThrow();
	}

	static Optional<CaseStatus> parse(String value) {
		return Arrays.stream(values()).filter(s -> s.name().equals(value) || s.htcds.equals(value)).findFirst();
	}

}
