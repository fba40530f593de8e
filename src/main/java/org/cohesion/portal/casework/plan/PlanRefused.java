package org.cohesion.portal.casework.plan;

/**
 * A change the plan or a follow-up does not allow (finishing an action twice, a date
 * before it began…); the message key names the French refusal shown to the person who
 * tried.
 */
public class PlanRefused extends RuntimeException {

	private final String messageKey;

	public PlanRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
