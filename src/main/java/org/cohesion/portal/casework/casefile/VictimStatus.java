package org.cohesion.portal.casework.casefile;

import java.util.Arrays;
import java.util.Locale;

/**
 * HTCDS {@code vic_TraffickingStatus} of a case file: presumed (possible) or identified
 * (actual, certified by a prosecutor or a magistrate).
 */
public enum VictimStatus {

	POSSIBLE("PossibleVictimOfTrafficking"), ACTUAL("ActualVictimOfTrafficking");

	private final String htcds;

	VictimStatus(String htcds) {
		this.htcds = htcds;
	}

	public String htcds() {
		return htcds;
	}

	public String messageKey() {
		return "mnr.case.victim." + name().toLowerCase(Locale.ROOT);
	}

	static VictimStatus fromHtcds(String value) {
		return Arrays.stream(values()).filter(s -> s.htcds.equals(value)).findFirst().orElseThrow();
	}

}
