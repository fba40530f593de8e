package org.cohesion.portal.casework.access;

import java.util.Set;

/**
 * Who a record belongs to, as far as need-to-know goes.
 *
 * @param recordRef the record's pseudonymous code
 * @param ownerId the user who owns it
 * @param assignedUserIds the workers assigned to it
 * @param organisationId the organisation unit (cell, DLTP) it belongs to
 */
public record RecordScope(String recordRef, long ownerId, Set<Long> assignedUserIds, long organisationId) {

	public RecordScope {
		assignedUserIds = Set.copyOf(assignedUserIds);
	}

}
