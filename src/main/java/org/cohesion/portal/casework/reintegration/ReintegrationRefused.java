package org.cohesion.portal.casework.reintegration;

/** A reintegration change the case's state or the step's does not allow. */
class ReintegrationRefused extends RuntimeException {

	private final String messageKey;

	ReintegrationRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
