package org.cohesion.portal.casework;

import java.util.Optional;

import org.cohesion.portal.casework.staff.CaseworkRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo mode only: the demo loaders' one way to act as a demo user, found by sign-in name
 * with their role and organisation (disabled users too: the demo's other cells act
 * through users nobody signs in as).
 */
public final class DemoCaseworkers {

	private DemoCaseworkers() {
	}

	/** The casework user of this sign-in name, if there is one. */
	public static Optional<Caseworker> find(JdbcTemplate jdbc, String username) {
		return jdbc
			.query("select u.id, u.username, u.display_name, u.role, o.id as org_id, o.code, o.region"
					+ " from mnr_user u join mnr_organisation o on o.id = u.organisation_id where u.username = ?",
					(rs, row) -> new Caseworker(rs.getLong("id"), rs.getString("username"),
							rs.getString("display_name"), CaseworkRole.valueOf(rs.getString("role")),
							rs.getLong("org_id"), rs.getString("code"), rs.getString("region")),
					username)
			.stream()
			.findFirst();
	}

}
