package org.cohesion.portal.casework.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A factor of the risk assessment, and the overall level: the highest factor. */
public enum RiskLevel {

	LOW, MEDIUM, HIGH;

	static RiskLevel highest(RiskLevel... factors) {
		return Arrays.stream(factors).max(Enum::compareTo).orElse(LOW);
	}

	public String messageKey() {
		return "mnr.case.risk.level." + name().toLowerCase(Locale.ROOT);
	}

	static Optional<RiskLevel> parse(@org.jspecify.annotations.Nullable String value) {
		return Arrays.stream(values()).filter(level -> level.name().equals(value)).findFirst();
	}

}
