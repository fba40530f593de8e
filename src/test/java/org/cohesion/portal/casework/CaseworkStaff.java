package org.cohesion.portal.casework;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.cohesion.portal.casework.staff.CaseworkRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Casework users for tests of the records: rows in the casework database (the
 * organisations are the mechanism's own, from the migrations), signed in to MockMvc with
 * their role's authorities.
 */
public final class CaseworkStaff {

	private final JdbcTemplate jdbc;

	public CaseworkStaff(JdbcTemplate caseworkJdbc) {
		this.jdbc = caseworkJdbc;
	}

	/**
	 * A new user with this role in the organisation with this code (DLTP, CR-POR,
	 * CR-GON…).
	 */
	public Caseworker user(CaseworkRole role, String organisationCode) {
		long organisationId = jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class,
				organisationCode);
		String region = jdbc.queryForObject("select region from mnr_organisation where code = ?", String.class,
				organisationCode);
		String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 8) + "@test.mnr";
		jdbc.update(
				"insert into mnr_user (username, display_name, password_hash, role, organisation_id, enabled,"
						+ " created_at) values (?, ?, ?, ?, ?, true, ?)",
				username, "Test " + role.name(), "{noop}unused", role.name(), organisationId,
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select id from mnr_user where username = ?", Long.class, username);
		return new Caseworker(id, username, "Test " + role.name(), role, organisationId, organisationCode, region);
	}

	/** Signed in, second factor given. */
	public static RequestPostProcessor as(Caseworker caseworker) {
		return authentication(new UsernamePasswordAuthenticationToken(new SignedIn(caseworker), null,
				AuthorityUtils.createAuthorityList(caseworker.role().authorities())));
	}

	/** A session in which the user proved their identity again just now. */
	public static MockHttpSession reauthenticated(Instant at) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("mnr.reauthenticatedAt", at);
		return session;
	}

	record SignedIn(Caseworker caseworker) implements Caseworkers.CaseworkerPrincipal, Serializable {

		@Override
		public boolean fullySignedIn() {
			return true;
		}

		@Override
		public String toString() {
			return caseworker.username();
		}

	}

}
