package org.cohesion.portal.casework.referral;

import java.util.Locale;

/**
 * Where a referral stands. Sent → accepted or refused → in progress → done; revoked by
 * the sender.
 */
public enum ReferralStatus {

	SENT, ACCEPTED, REFUSED, IN_PROGRESS, DONE, REVOKED;

	/**
	 * Whether the provider still has something to do (and still sees the shared fields).
	 */
	public boolean open() {
		return this == SENT || this == ACCEPTED || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "mnr.referral.status." + name().toLowerCase(Locale.ROOT);
	}

}
