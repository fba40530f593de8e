package org.cohesion.portal.casework.closure;

/** Where a closure request stands: pending, then approved, rejected or withdrawn. */
public enum ClosureStatus {

	PENDING, APPROVED, REJECTED, WITHDRAWN;

	public String messageKey() {
		return "mnr.closure.status." + name();
	}

}
