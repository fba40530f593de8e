package org.cohesion.portal.casework.plan;

/** HTCDS {@code spl_Type}: the kind of assistance an action of the plan gives. */
public enum PlanType {

	EDUCATION, FINANCIAL, HEALTH, LABOUR_EXPLOITATION_REHABILITATION, LEGAL, LIVELIHOOD, RIGHTS_BASED_TRAINING,
	SEXUAL_EXPLOITATION_REHABILITATION, SOCIAL_CARE;

	public String messageKey() {
		return "mnr.plan.type." + name();
	}

}
