package org.cohesion.portal.newsletter.domain;

/** Where an address stands. Only ACTIVE addresses receive editions. */
public enum SubscriberStatus {

	/** Signed up, confirmation e-mail sent, not yet confirmed. */
	PENDING,
	/** Confirmed: receives the editions. */
	ACTIVE,
	/** Left. */
	UNSUBSCRIBED,
	/**
	 * Repeated hard bounces or a complaint: never written to again unless they sign up
	 * anew.
	 */
	SUPPRESSED

}
