package org.cohesion.portal.casework.reintegration;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where a dimension of the reintegration stands. */
public enum Progress {

	TO_ASSESS, PLANNED, IN_PROGRESS, ACHIEVED, INTERRUPTED, NOT_APPLICABLE;

	public String messageKey() {
		return "mnr.reintegration.status." + name();
	}

	static Optional<Progress> parse(@Nullable String value) {
		return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst();
	}

}
