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

	/**
	 * A line of the list; {@code nameHidden}: {@code name} holds initials only (a child,
	 * or a victim of sexual exploitation).
	 */
	public record Summary(String code, String name, String genderKey, @Nullable String age, boolean child,
			String organisationCode, Instant updatedAt, boolean nameHidden) {
	}

	/** The list, or a search's result; {@code total} counts what the user may see. */
	public record Listing(List<Summary> people, long total, String query, boolean searched) {
	}

	/**
	 * The whole record. {@code breakGlassUntil} and {@code breakGlassReason} are set when
	 * it is seen through a break-the-glass access; {@code editable} when in scope.
	 * {@code nameHidden}: the name fields and the photo are withheld, {@code initials}
	 * stand for them until the user asks to see them; {@code nameProtected}: the name is
	 * one that is hidden by default (shown here because the user asked).
	 */
	public record Details(String code, String firstName, String secondName, String aliases,
			@Nullable LocalDate birthdate, @Nullable Integer age, @Nullable String ageBand, boolean child,
			String genderKey, String citizenship, String primaryLanguage, String secondaryLanguage, String mobilePhone,
			String homePhone, String address, String identityNumber, String narrative, boolean hasPhoto,
			LocalDate identifiedOn, String organisationCode, String owner, Instant createdAt, Instant updatedAt,
			long version, boolean editable, @Nullable Instant breakGlassUntil, @Nullable String breakGlassReason,
			boolean nameHidden, boolean nameProtected, String initials) {

		public String name() {
			return nameHidden ? initials : PersonRecords.displayName(firstName, secondName);
		}

		Details hidingName() {
			return new Details(code, "", "", "", birthdate, age, ageBand, child, genderKey, citizenship,
					primaryLanguage, secondaryLanguage, mobilePhone, homePhone, address, identityNumber, narrative,
					false, identifiedOn, organisationCode, owner, createdAt, updatedAt, version, editable,
					breakGlassUntil, breakGlassReason, true, true, initials);
		}

		Details revealed(boolean isProtected) {
			return new Details(code, firstName, secondName, aliases, birthdate, age, ageBand, child, genderKey,
					citizenship, primaryLanguage, secondaryLanguage, mobilePhone, homePhone, address, identityNumber,
					narrative, hasPhoto, identifiedOn, organisationCode, owner, createdAt, updatedAt, version, editable,
					breakGlassUntil, breakGlassReason, false, isProtected, initials);
		}

	}

	/**
	 * A refused form: the typed values and, per field, the message key of the problem.
	 */
	public record Refused(PersonForm form, Map<String, String> errors) {
	}

}
