package org.cohesion.portal.casework.alert;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the alert pages show. */
public final class AlertViews {

	private AlertViews() {
	}

	/** A line of a list. */
	public record Line(String ref, String statusKey, String region, String locality, @Nullable Instant observedAt,
			@Nullable Integer peopleCount, List<String> needKeys, String organisationCode, Instant updatedAt) {
	}

	/** An interview under way or concluded, in a list. */
	public record ScreeningLine(String ref, String alertRef, String region, String locality, String screener,
			@Nullable String outcomeKey, Instant updatedAt) {
	}

	/**
	 * The alert page's lists, each within what this user may see: what they sent, the
	 * cell's queue, the interviews under way and the latest concluded.
	 */
	public record Lists(List<Line> mine, List<Line> queue, List<ScreeningLine> underway, List<ScreeningLine> concluded,
			boolean screens) {
	}

	/** The whole alert. */
	public record Details(String ref, String status, String statusKey, String region, String locality,
			@Nullable Instant observedAt, String circumstances, @Nullable Integer peopleCount, List<String> needKeys,
			@Nullable String accompanimentKey, String companions, String contact, String author,
			String authorOrganisation, String routedTo, @Nullable Instant sentAt, String screener,
			@Nullable Instant takenAt, Instant createdAt, Instant updatedAt, boolean editable, boolean takeable,
			@Nullable String screeningRef) {

		public boolean draft() {
			return "DRAFT".equals(status);
		}

	}

	/** The form page: the form, its problems (field → message key), the regions. */
	public record FormPage(AlertForm form, java.util.Map<String, String> errors, List<String> regions,
			@Nullable String draftRef, boolean conflict) {
	}

}
