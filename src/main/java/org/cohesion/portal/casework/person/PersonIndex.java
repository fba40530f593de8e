package org.cohesion.portal.casework.person;

/** The kinds of blind index kept for a person ({@code mnr_person_index.kind}). */
final class PersonIndex {

	static final String NAME_PHONETIC = "name-phonetic";

	static final String NAME_EXACT = "name-exact";

	static final String PHONE = "phone";

	static final String BIRTHDATE = "birthdate";

	static final String BIRTH_YEAR = "birth-year";

	private PersonIndex() {
	}

}
