package org.cohesion.portal.casework.person;

import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.access.RecordScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The person record's part of {@link RecordScopes}: break-the-glass finds people by code.
 */
@Component
class PersonScopes implements RecordScopes {

	private final PersonRecords records;

	PersonScopes(PersonRecords records) {
		this.records = records;
	}

	@Override
	public @Nullable RecordScope find(String code) {
		return records.scopeOf(code);
	}

	@Override
	public String type(String code) {
		return "person";
	}

	@Override
	public String path(String code) {
		return "/mnr/personnes/" + code;
	}

}
