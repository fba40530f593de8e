package org.cohesion.portal.newsletter.domain;

/** An edition's life: written, then scheduled or sent at once, then sent. */
public enum EditionStatus {

	DRAFT, SCHEDULED, SENDING, SENT;

	public boolean editable() {
		return this == DRAFT || this == SCHEDULED;
	}

}
