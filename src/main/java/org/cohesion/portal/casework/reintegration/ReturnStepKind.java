package org.cohesion.portal.casework.reintegration;

/** The steps of a return or repatriation, in their usual order. */
public enum ReturnStepKind {

	TRAVEL_DOCUMENTS, FAMILY_ASSESSMENT, ESCORT_TRAVEL, ARRIVAL_RECEPTION, FOLLOW_UP_AFTER_RETURN;

	public String messageKey() {
		return "mnr.return.step." + name();
	}

}
