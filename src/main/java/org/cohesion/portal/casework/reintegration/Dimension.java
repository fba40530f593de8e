package org.cohesion.portal.casework.reintegration;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What reintegration is followed on. */
public enum Dimension {

	SCHOOLING, TRAINING, INCOME, FAMILY, HOUSING;

	public String messageKey() {
		return "mnr.reintegration.dimension." + name();
	}

	static Optional<Dimension> parse(@Nullable String value) {
		return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
	}

}
