package org.cohesion.portal.casework.person;

import org.jspecify.annotations.Nullable;

/**
 * What the person form sends, as typed (validated by {@link PersonRecords}, re-shown as
 * typed when refused or in conflict). {@code version} is the version the form was opened
 * on (optimistic locking).
 */
public record PersonForm(@Nullable String firstName, @Nullable String secondName, @Nullable String aliases,
		@Nullable String birthdate, @Nullable String age, @Nullable String ageBand, @Nullable String gender,
		@Nullable String citizenship, @Nullable String primaryLanguage, @Nullable String secondaryLanguage,
		@Nullable String mobilePhone, @Nullable String homePhone, @Nullable String address,
		@Nullable String identityNumber, @Nullable String narrative, @Nullable String identifiedOn,
		@Nullable Long version) {

	static PersonForm empty(String today) {
		return new PersonForm("", "", "", "", "", "", Gender.NON_SPECIFIED_UNKNOWN.name(), "", "fr", "", "", "", "", "",
				"", today, null);
	}

	PersonForm withVersion(long newVersion) {
		return new PersonForm(firstName, secondName, aliases, birthdate, age, ageBand, gender, citizenship,
				primaryLanguage, secondaryLanguage, mobilePhone, homePhone, address, identityNumber, narrative,
				identifiedOn, newVersion);
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
