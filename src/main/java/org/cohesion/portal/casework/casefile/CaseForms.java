package org.cohesion.portal.casework.casefile;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the case page's forms send, as typed: validated by {@link CaseFiles}, shown again
 * as typed when refused or in conflict. {@code version} is the case version the form was
 * opened on (optimistic locking).
 */
public final class CaseForms {

	private CaseForms() {
	}

	public record StatusForm(@Nullable String status, @Nullable String reason, @Nullable Long version) {
	}

	public record RiskForm(@Nullable String danger, @Nullable String proximity, @Nullable String retrafficking,
			@Nullable String note, @Nullable Long version) {
	}

	public record NeedsForm(@Nullable Boolean medical, @Nullable Boolean shelter, @Nullable Boolean food,
			@Nullable Boolean safety, @Nullable Boolean psychosocial, @Nullable Boolean legal, @Nullable String note,
			@Nullable Long version) {

		static boolean on(@Nullable Boolean value) {
			return Boolean.TRUE.equals(value);
		}

	}

	public record ChildForm(@Nullable String bestInterests, @Nullable String assessedOn, @Nullable String guardian,
			@Nullable String tracing, @Nullable Long version) {
	}

	public record NoteForm(@Nullable String text) {
	}

	public record PerpetratorForm(@Nullable List<String> roles, @Nullable String details) {
	}

	/**
	 * The forms of the case page: as stored, or as the user typed them when a save was
	 * refused or lost a race. {@code section} names the form that was sent;
	 * {@code conflict} whether it lost to someone else's save.
	 */
	public record Editing(StatusForm status, RiskForm risk, NeedsForm needs, ChildForm child, NoteForm note,
			PerpetratorForm perpetrator, @Nullable String section, boolean conflict, Map<String, String> errors) {

		public boolean isOpen(String name) {
			return name.equals(section);
		}

		public @Nullable String error(String field) {
			return errors.get(field);
		}

	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
