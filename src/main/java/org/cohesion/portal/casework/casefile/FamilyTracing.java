package org.cohesion.portal.casework.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a child's family is to be traced. */
public enum FamilyTracing {

	TO_ASSESS, NEEDED, IN_PROGRESS, NOT_NEEDED;

	public String messageKey() {
		return "mnr.case.child.tracing." + name().toLowerCase(Locale.ROOT);
	}

	static Optional<FamilyTracing> parse(@org.jspecify.annotations.Nullable String value) {
		return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
	}

}
