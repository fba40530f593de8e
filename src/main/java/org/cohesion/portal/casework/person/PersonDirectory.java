package org.cohesion.portal.casework.person;

import java.util.List;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Access;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the other casework packages (consent; later referral) need of a person record
 * without reading it: whether this user reaches it and how, its id and its child flag,
 * and which record a merged one now lives in. Reads nothing encrypted, so it writes no
 * audit entry: the caller audits what it then shows.
 */
@Service
public class PersonDirectory {

	/**
	 * A record this user reaches.
	 *
	 * @param id the record's id
	 * @param code its pseudonymous code
	 * @param child whether the person was under 18 at identification
	 * @param organisationId the organisation that holds it
	 * @param access in scope, or through a break-the-glass access (then only reading)
	 */
	public record Reached(long id, String code, boolean child, long organisationId, Access access) {

		/** In scope: may be changed (a break-the-glass access only reads). */
		public boolean inScope() {
			return !access.breakGlass();
		}

	}

	private final PersonRepository people;

	private final PersonRecords records;

	private final AccessPolicy policy;

	private final JdbcTemplate jdbc;

	PersonDirectory(PersonRepository people, PersonRecords records, AccessPolicy policy,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc) {
		this.people = people;
		this.records = records;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/** The record with this code, if this user may read it; else empty (answer 404). */
	@CaseworkTransactional(readOnly = true)
	public Optional<Reached> reach(Caseworker who, String code) {
		return people.findByCode(code)
			.flatMap(person -> policy.access(who, records.scope(person))
				.map(access -> new Reached(person.getId(), person.getCode(), person.isChild(),
						person.getOrganisationId(), access)));
	}

	/**
	 * The record that holds this person now: itself, or the record it was merged into.
	 */
	@CaseworkTransactional(readOnly = true)
	public long survivor(long personId) {
		long current = personId;
		for (int hop = 0; hop < 20; hop++) {
			List<Long> next = jdbc.queryForList(
					"select merged_into_id from mnr_person where id = ? and merged_into_id is not null", Long.class,
					current);
			if (next.isEmpty()) {
				return current;
			}
			current = next.get(0);
		}
		return current;
	}

	/** The languages the forms offer (ISO 639; label {@code mnr.language.<code>}). */
	public static List<String> languages() {
		return Choices.LANGUAGES;
	}

}
