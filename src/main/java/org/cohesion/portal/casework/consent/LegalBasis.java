package org.cohesion.portal.casework.consent;

import java.util.Locale;

/**
 * What stands for consent when the person cannot give it. The French label is
 * {@code mnr.consent.basis.<name>}.
 */
public enum LegalBasis {

	/**
	 * A child: the child's best interests, decided by those responsible for the child.
	 */
	CHILD_BEST_INTERESTS,
	/** The person's life or safety is at stake and they cannot consent now. */
	VITAL_INTEREST,
	/** The law requires it (for instance a report a prosecutor has ordered). */
	LEGAL_OBLIGATION;

	public String messageKey() {
		return "mnr.consent.basis." + name().toLowerCase(Locale.ROOT);
	}

}
