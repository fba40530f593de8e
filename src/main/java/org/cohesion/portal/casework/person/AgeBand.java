package org.cohesion.portal.casework.person;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Age bands, for when the age is only estimated; the four below 18 make a child case.
 */
enum AgeBand {

	UNDER_6("0-5", 0, 5), FROM_6_TO_11("6-11", 6, 11), FROM_12_TO_14("12-14", 12, 14), FROM_15_TO_17("15-17", 15, 17),
	FROM_18_TO_24("18-24", 18, 24), FROM_25_TO_34("25-34", 25, 34), FROM_35_TO_49("35-49", 35, 49),
	FROM_50("50+", 50, 200);

	private final String code;

	private final int from;

	private final int to;

	AgeBand(String code, int from, int to) {
		this.code = code;
		this.from = from;
		this.to = to;
	}

	String code() {
		return code;
	}

	boolean child() {
		return to < 18;
	}

	static AgeBand of(int age) {
		return Arrays.stream(values()).filter(b -> age >= b.from && age <= b.to).findFirst().orElse(FROM_50);
	}

	static @Nullable AgeBand fromCode(@Nullable String code) {
		return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst().orElse(null);
	}

}
