package org.cohesion.portal.casework.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the person pages show. */
public final class PersonViews {

	private PersonViews() {
	}

	/** A line of the list. */
	public record Summary(String code, String name, String genderKey, @Nullable String age, boolean child,
			String organisationCode, Instant updatedAt) {
	}

	/** The list, or a search's result; {@code total} counts what the user may see. */
	public record Listing(List<Summary> people, long total, String query, boolean searched) {
	}

	/**
	 * The whole record. {@code breakGlassUntil} and {@code breakGlassReason} are set when
	 * it is seen through a break-the-glass access; {@code editable} when in scope.
	 */
	public record Details(String code, String firstName, String secondName, String aliases,
			@Nullable LocalDate birthdate, @Nullable Integer age, @Nullable String ageBand, boolean child,
			String genderKey, String citizenship, String primaryLanguage, String secondaryLanguage, String mobilePhone,
			String homePhone, String address, String identityNumber, String narrative, boolean hasPhoto,
			LocalDate identifiedOn, String organisationCode, String owner, Instant createdAt, Instant updatedAt,
			long version, boolean editable, @Nullable Instant breakGlassUntil, @Nullable String breakGlassReason) {

		public String name() {
			return PersonRecords.displayName(firstName, secondName);
		}

	}

	/**
	 * A refused form: the typed values and, per field, the message key of the problem.
	 */
	public record Refused(PersonForm form, Map<String, String> errors) {
	}

}
