package org.cohesion.portal.casework.consent;

import org.jspecify.annotations.Nullable;

/**
 * What the consent form sends, as typed (re-shown as typed when refused or in conflict).
 * {@code seen} is the last decision the page showed: a decision recorded by someone else
 * since then is a conflict, never silently followed.
 */
public record ConsentForm(@Nullable String purpose, @Nullable String organisationId, @Nullable String decision,
		@Nullable String legalBasis, @Nullable String decidedOn, @Nullable String interpreter,
		@Nullable String language, @Nullable String note, @Nullable Long seen) {

	static ConsentForm empty(String today, long seen) {
		return new ConsentForm("", "", "", "", today, "", "", "", seen);
	}

	ConsentForm seeing(long version) {
		return new ConsentForm(purpose, organisationId, decision, legalBasis, decidedOn, interpreter, language, note,
				version);
	}

	public boolean withInterpreter() {
		return "on".equals(interpreter) || "true".equals(interpreter);
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
