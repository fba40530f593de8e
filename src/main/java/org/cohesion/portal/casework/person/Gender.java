package org.cohesion.portal.casework.person;

import java.util.Arrays;
import java.util.Locale;

/** HTCDS 2.0 {@code prs_Gender}; the French label is {@code mnr.person.gender.<name>}. */
enum Gender {

	FEMININE("Feminine"), MASCULINE("Masculine"), TRANSGENDER_FEMININE("TransgenderFeminine"),
	TRANSGENDER_MASCULINE("TransgenderMasculine"), NON_CONFORMING("NonConforming"),
	NON_SPECIFIED_UNKNOWN("NonSpecifiedUnknown");

	private final String htcds;

	Gender(String htcds) {
		this.htcds = htcds;
	}

	String htcds() {
		return htcds;
	}

	String messageKey() {
		return "mnr.person.gender." + name().toLowerCase(Locale.ROOT);
	}

	static Gender fromHtcds(String value) {
		return Arrays.stream(values()).filter(g -> g.htcds.equals(value)).findFirst().orElse(NON_SPECIFIED_UNKNOWN);
	}

}
