package org.cohesion.portal.casework.casefile;

import java.util.Optional;

import org.cohesion.portal.casework.person.PersonNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo mode only: the demo loaders' one way to find a demo case, by the phone number of
 * its person (the demo people have fictitious, distinct numbers; names are encrypted, the
 * phone is found through its blind index like any search).
 */
public final class DemoCaseFiles {

	private DemoCaseFiles() {
	}

	/** The first case of the person whose phone number this is, if the demo made it. */
	public static Optional<String> ofPersonPhone(PersonNames people, JdbcTemplate caseworkJdbc, String phone) {
		return people.matching(phone)
			.stream()
			.flatMap(id -> caseworkJdbc
				.queryForList("select code from mnr_case where person_id = ? order by id", String.class, id)
				.stream())
			.findFirst();
	}

}
