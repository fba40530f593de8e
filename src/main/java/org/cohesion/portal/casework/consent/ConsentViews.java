package org.cohesion.portal.casework.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the consent page shows. */
public final class ConsentViews {

	private ConsentViews() {
	}

	/**
	 * The current state of one purpose (of one organisation, for sharing);
	 * {@code decisionKey} is null when nothing is recorded yet.
	 */
	public record Row(String purpose, String purposeKey, @Nullable String organisation, @Nullable Long organisationId,
			@Nullable String decisionKey, @Nullable String basisKey, @Nullable LocalDate decidedOn, boolean allows,
			boolean withdrawable) {
	}

	/** One decision of the history, newest first. */
	public record Line(String ref, String purposeKey, @Nullable String organisation, String decisionKey,
			@Nullable String basisKey, LocalDate decidedOn, boolean interpreter, @Nullable String language, String note,
			boolean hasScan, String recordedBy, Instant recordedAt, @Nullable String carriedFrom) {
	}

	/** An organisation one may share with. */
	public record Option(long id, String label) {
	}

	/**
	 * The page: current states, history, and the form when this user may record
	 * ({@code version} is what the form was opened on).
	 */
	public record Page(String code, boolean child, List<Row> rows, List<Line> history, boolean mayRecord, long version,
			List<Option> organisations, List<String> languages, @Nullable Instant breakGlassUntil, LocalDate today) {
	}

	/**
	 * A refused or conflicting form: the typed values, per field the message key of the
	 * problem; {@code conflict} when someone recorded a decision meanwhile.
	 */
	public record Refused(ConsentForm form, Map<String, String> errors, boolean conflict) {
	}

}
