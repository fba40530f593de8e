package org.cohesion.portal.casework.reintegration;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where a step of the return stands. */
public enum ReturnStepStatus {

	PLANNED, IN_PROGRESS, DONE, NOT_NEEDED;

	public String messageKey() {
		return "mnr.return.status." + name();
	}

	static Optional<ReturnStepStatus> parse(@Nullable String value) {
		return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
	}

}
