package org.cohesion.portal.casework.alert;

/**
 * An aggregate refused a transition (taking an alert already taken, concluding twice…);
 * {@link #getMessage()} is the key of the French sentence the user sees.
 */
class Refusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	Refusal(String messageKey) {
		super(messageKey, null, false, false);
	}

}
