package org.cohesion.portal.casework.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.alert.ScreeningForms.ConclusionForm;
import org.cohesion.portal.casework.alert.ScreeningForms.EventForm;
import org.cohesion.portal.casework.alert.ScreeningForms.IndicatorsForm;
import org.cohesion.portal.casework.alert.ScreeningForms.PersonQuickForm;
import org.jspecify.annotations.Nullable;

/**
 * The interview page: the alert it screens, the person record, the indicators (as the
 * form shows them), the guidance, the places and dates, the outcome; the forms as typed
 * when one was refused, with its problems (field → message key).
 */
public record ScreeningView(String ref, String alertRef, String region, String locality, @Nullable Instant observedAt,
		@Nullable Integer peopleCount, List<String> needKeys, String screener, String organisationCode,
		@Nullable String personCode, boolean child, boolean open, boolean editable, IndicatorsForm indicators,
		LegalDefinition.Guidance guidance, List<Event> events, @Nullable Outcome outcome, long version,
		EventForm eventForm, ConclusionForm conclusionForm, PersonQuickForm personForm, Map<String, String> errors,
		boolean conflict) {

	/** A place and date told. */
	public record Event(String ref, String typeKey, String place, @Nullable LocalDate date, String description) {
	}

	/** How the interview concluded. */
	public record Outcome(String statusKey, String status, String decisionOrgKey, @Nullable String authorityKey,
			String authorityReference, @Nullable String orientationKey, String orientationNote,
			@Nullable LocalDate decidedOn, String decidedBy, @Nullable Instant concludedAt) {
	}

	public boolean checked(@Nullable List<String> values, String htcds) {
		return values != null && values.contains(htcds);
	}

	ScreeningView with(IndicatorsForm typed, EventForm event, ConclusionForm conclusion, PersonQuickForm person,
			Map<String, String> problems, boolean inConflict) {
		return new ScreeningView(ref, alertRef, region, locality, observedAt, peopleCount, needKeys, screener,
				organisationCode, personCode, child, open, editable, typed, guidance, events, outcome, version, event,
				conclusion, person, problems, inConflict);
	}

}
