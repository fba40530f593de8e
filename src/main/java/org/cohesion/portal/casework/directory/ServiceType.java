package org.cohesion.portal.casework.directory;

import java.util.Locale;

/**
 * The services the mechanism refers victims to. The three kinds of shelter are told apart
 * because a child is placed differently in a state reception centre, an NGO shelter or a
 * foster family.
 */
public enum ServiceType {

	RECEPTION_CENTRE(true), NGO_SHELTER(true), FOSTER_FAMILY(true), MEDICAL(false), PSYCHOSOCIAL(false),
	LEGAL_AID(false), POLICE_JUSTICE(false), EDUCATION(false), VOCATIONAL_LIVELIHOOD(false), FAMILY_TRACING(false),
	RETURN_REPATRIATION(false);

	private final boolean shelter;

	ServiceType(boolean shelter) {
		this.shelter = shelter;
	}

	/** Whether it lodges people (places are then beds). */
	public boolean shelter() {
		return shelter;
	}

	/** {@code mnr.service.type.reception_centre}… */
	public String messageKey() {
		return "mnr.service.type." + name().toLowerCase(Locale.ROOT);
	}

}
