package org.cohesion.portal.casework.alert;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the interview's forms send, as typed. */
public final class ScreeningForms {

	private ScreeningForms() {
	}

	/**
	 * The indicators; lists hold HTCDS value names. {@code version} is the interview's
	 * version the form was opened on.
	 */
	public record IndicatorsForm(@Nullable List<String> acts, @Nullable List<String> means,
			@Nullable List<String> purposes, @Nullable String industry, @Nullable List<String> sexExploitation,
			@Nullable List<String> recruitment, @Nullable String recruitmentPlace, @Nullable String relationship,
			@Nullable List<String> vulnerabilities, @Nullable String vulnerabilityDetails, @Nullable String notes,
			@Nullable Long version) {

		List<String> selected(@Nullable List<String> values) {
			return values == null ? List.of() : values;
		}

	}

	/** A place and date of recruitment, transit or exploitation. */
	public record EventForm(@Nullable String type, @Nullable String place, @Nullable String date,
			@Nullable String description) {

		static EventForm empty() {
			return new EventForm("", "", "", "");
		}

	}

	/** The outcome and who decided. */
	public record ConclusionForm(@Nullable String outcome, @Nullable String decisionOrg, @Nullable String authority,
			@Nullable String authorityReference, @Nullable String orientation, @Nullable String orientationNote,
			@Nullable String decidedOn) {

		static ConclusionForm empty(String today) {
			return new ConclusionForm("", "", "", "", "", "", today);
		}

	}

	/** The few fields that open a person record from the interview. */
	public record PersonQuickForm(@Nullable String firstName, @Nullable String secondName, @Nullable String birthdate,
			@Nullable String age, @Nullable String gender, @Nullable String mobilePhone) {

		static PersonQuickForm empty() {
			return new PersonQuickForm("", "", "", "", "NON_SPECIFIED_UNKNOWN", "");
		}

	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
