package org.cohesion.portal.casework.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the duplicate panels and the merge page show. */
public final class PersonMatchViews {

	private PersonMatchViews() {
	}

	/**
	 * A likely match the user may see, with masked details only: initials, year of birth
	 * or age band, the last two digits of the phone. {@code reasons} are message keys.
	 */
	public record Match(String code, String initials, @Nullable String born, boolean child, String maskedPhone,
			String organisationCode, LocalDate identifiedOn, List<String> reasons) {
	}

	/** A record merged into this one. */
	public record Merged(String code, Instant mergedAt, String mergedBy) {
	}

	/**
	 * The duplicates of a record (or of a form being filled in): the matches in scope,
	 * how many exist outside it (only the notice is shown), what was merged into it, and
	 * whether this user may merge.
	 */
	public record Panel(@Nullable String code, List<Match> matches, int elsewhere, List<Merged> merged,
			boolean mayMerge) {

		public boolean isEmpty() {
			return matches.isEmpty() && elsewhere == 0 && merged.isEmpty();
		}

	}

	/**
	 * One line of the side-by-side comparison; {@code differs} when the values differ.
	 */
	public record Comparison(String labelKey, String left, String right, boolean differs) {
	}

	/**
	 * The merge page: the two records side by side, and the versions they were read at.
	 */
	public record MergePage(String leftCode, String rightCode, long leftVersion, long rightVersion,
			List<Comparison> lines, List<String> reasons) {
	}

}
