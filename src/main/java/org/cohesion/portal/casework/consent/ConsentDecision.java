package org.cohesion.portal.casework.consent;

import java.util.Locale;

/**
 * One decision on a purpose. Given consent and a legal basis allow; a refusal or a
 * withdrawal does not. The French label is {@code mnr.consent.decision.<name>}.
 */
public enum ConsentDecision {

	GIVEN, REFUSED, WITHDRAWN, LEGAL_BASIS;

	public boolean allows() {
		return this == GIVEN || this == LEGAL_BASIS;
	}

	public String messageKey() {
		return "mnr.consent.decision." + name().toLowerCase(Locale.ROOT);
	}

}
