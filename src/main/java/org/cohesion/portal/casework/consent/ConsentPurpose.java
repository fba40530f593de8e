package org.cohesion.portal.casework.consent;

import java.util.Locale;

/**
 * What a consent is for. {@link #SHARING} is given to one named organisation at a time;
 * the others stand alone. The French label is {@code mnr.consent.purpose.<name>}.
 */
public enum ConsentPurpose {

	/** Assistance services (shelter, health, psychosocial, legal aid…). */
	ASSISTANCE,
	/** Sharing the record with a named organisation. */
	SHARING,
	/** Reporting to police and justice. */
	POLICE_JUSTICE,
	/** Tracing the family. */
	FAMILY_TRACING,
	/** Counting the person in anonymous statistics. */
	STATISTICS;

	public boolean perOrganisation() {
		return this == SHARING;
	}

	public String messageKey() {
		return "mnr.consent.purpose." + name().toLowerCase(Locale.ROOT);
	}

}
