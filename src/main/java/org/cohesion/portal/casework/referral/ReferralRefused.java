package org.cohesion.portal.casework.referral;

/**
 * A change the referral does not allow in its state (accepting a revoked referral…); the
 * message key names the French refusal shown to the person who tried.
 */
public class ReferralRefused extends RuntimeException {

	private final String messageKey;

	public ReferralRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
