package org.cohesion.portal.accounts;

import java.io.Serializable;

/**
 * The signed-in member of the editorial team, as other modules see them (for authorship
 * and the audit).
 */
public record CurrentEditor(long id, String email, String displayName, EditorialRole role) implements Serializable {

	public boolean can(Permission permission) {
		return permission.grantedTo(role);
	}

}
