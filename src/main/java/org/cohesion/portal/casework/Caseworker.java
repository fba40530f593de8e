package org.cohesion.portal.casework;

import java.io.Serializable;

import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;

/**
 * The signed-in casework user, as every casework page and policy sees them: one role in
 * one organisation.
 *
 * @param userId the user's id in the casework database
 * @param username the sign-in name
 * @param displayName the name shown in the page's frame
 * @param role what they may do (see {@link CaseworkRole#permissions()})
 * @param organisationId their organisation
 * @param organisationCode the organisation's short code ({@code DLTP}, {@code CR-POR}…)
 * @param region the region the organisation covers, or an empty string when national
 */
public record Caseworker(long userId, String username, String displayName, CaseworkRole role, long organisationId,
		String organisationCode, String region) implements Serializable {

	public boolean may(CaseworkPermission permission) {
		return role.permits(permission);
	}

}
