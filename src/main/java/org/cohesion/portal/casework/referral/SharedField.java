package org.cohesion.portal.casework.referral;

import java.util.Locale;

/**
 * What a sender may share with a provider: each is chosen, none is shared by default. The
 * case code is always shown (it is what the provider quotes when calling back) and
 * identifies no one on its own.
 */
public enum SharedField {

	/** First name only (never the family name unless {@link #FULL_NAME}). */
	FIRST_NAME,
	/** First and family names. */
	FULL_NAME,
	/** Gender, age band and whether the person is a child. */
	GENDER_AGE,
	/** Languages spoken (to plan an interpreter). */
	LANGUAGES,
	/** A telephone number to reach the person. */
	PHONE,
	/** The immediate needs recorded on the case. */
	NEEDS,
	/** The risk level (not its details). */
	RISK_LEVEL;

	public String messageKey() {
		return "mnr.referral.field." + name().toLowerCase(Locale.ROOT);
	}

}
