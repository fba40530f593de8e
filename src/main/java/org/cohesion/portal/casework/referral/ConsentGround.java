package org.cohesion.portal.casework.referral;

import java.util.Locale;

/** Why the person's data may go to the provider. */
public enum ConsentGround {

	/** The person consented to sharing with this organisation. */
	CONSENT,
	/**
	 * A recorded legal basis stands for consent (a child's best interests, a vital
	 * interest, the law).
	 */
	LEGAL_BASIS,
	/**
	 * Neither: sent anyway by someone allowed to, with a written reason, audited and
	 * shown to the supervisor.
	 */
	OVERRIDE;

	public String messageKey() {
		return "mnr.referral.ground." + name().toLowerCase(Locale.ROOT);
	}

}
