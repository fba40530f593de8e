package org.cohesion.portal.casework.transfer;

/** A transfer change its state does not allow; the message key says why, in French. */
public class TransferRefused extends RuntimeException {

	private final String messageKey;

	public TransferRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
