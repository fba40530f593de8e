package org.cohesion.portal.casework.dossier;

import java.util.Locale;
import java.util.Optional;

/**
 * A part of the case the printer may put in the file; none is printed unless chosen. The
 * French label is {@code mnr.dossier.part.<name>}.
 */
public enum DossierPart {

	/** The person: code, name (initials when hidden), gender and age, languages. */
	IDENTITY,
	/** The identification interview: outcome, decision, coded indicators. */
	SCREENING,
	/** Risk assessment, immediate needs, a child's protection. */
	RISK_NEEDS,
	/** The case's timeline. */
	TIMELINE,
	/** Referrals, their answers and the services given. */
	REFERRALS,
	/** The assistance plan and its follow-ups. */
	PLAN,
	/** Perpetrator information. */
	PERPETRATORS,
	/** The notes the printer ticks, one by one. */
	NOTES;

	public String messageKey() {
		return "mnr.dossier.part." + name().toLowerCase(Locale.ROOT);
	}

	static Optional<DossierPart> parse(String value) {
		try {
			return Optional.of(valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
