package org.cohesion.portal.casework.dashboard;

import java.time.Duration;
import java.util.List;

import org.cohesion.portal.casework.directory.ServiceType;
import org.jspecify.annotations.Nullable;

/** What the dashboard shows: figures, never a person or a case. */
public final class DashboardViews {

	private DashboardViews() {
	}

	/**
	 * A count, shown as "moins de 5" when {@code masked} and between 1 and 4: on the
	 * national and analysts' views a small count could point at one person.
	 */
	public record Count(long value, boolean masked) {

		public boolean hidden() {
			return masked && value > 0 && value < Dashboards.THRESHOLD;
		}

	}

	/** A line of a table: a message key (or a plain label) and its count. */
	public record Line(String labelKey, Count count) {
	}

	/** Open cases by victim status and age. */
	public record Stage(String victimKey, boolean child, Count count) {
	}

	/**
	 * A provider's median response time over {@code answers} answered referrals;
	 * {@code median} is null when the answers are too few to show on a masked view.
	 */
	public record ResponseTime(String provider, Count answers, @Nullable Duration median) {

		/**
		 * The message key and arguments that say the median: days and hours from a day
		 * on, else hours and minutes.
		 */
		public String medianKey() {
			return median != null && median.toDays() > 0 ? "mnr.dashboard.duration.days"
					: "mnr.dashboard.duration.hours";
		}

		public Object[] medianArguments() {
			if (median == null) {
				return new Object[0];
			}
			return median.toDays() > 0 ? new Object[] { median.toDays(), median.toHoursPart() }
					: new Object[] { median.toHours(), median.toMinutesPart() };
		}

	}

	/** Places free (and in total, when known) of one service type in one region. */
	public record Places(ServiceType type, String region, boolean national, long free, long total, int services) {
	}

	/** A cell the DLTP's view may be narrowed to. */
	public record Cell(String code, String name) {
	}

	/**
	 * The page.
	 *
	 * @param scopeName the cell's name, or empty for the whole country
	 * @param national whether the viewer sees every cell (the DLTP)
	 * @param masked whether small counts are hidden
	 * @param selectedCell the cell the national view is narrowed to, or empty
	 * @param pendingClosures closure requests of the cell's (or every cell's) cases
	 * waiting for a supervisor's decision
	 */
	public record Dashboard(String scopeName, boolean national, boolean masked, String selectedCell, List<Cell> cells,
			Count openCases, List<Line> byStatus, List<Stage> byStage, Count awaiting, Count awaitingUrgent,
			Count overdueFollowUps, Count pendingClosures, List<ResponseTime> responseTimes, List<Places> places) {
	}

}
