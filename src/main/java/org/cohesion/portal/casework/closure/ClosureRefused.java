package org.cohesion.portal.casework.closure;

/** A closure step the request's state or the user's role does not allow. */
class ClosureRefused extends RuntimeException {

	private final String messageKey;

	ClosureRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
