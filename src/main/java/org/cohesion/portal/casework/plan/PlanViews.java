package org.cohesion.portal.casework.plan;

import java.time.LocalDate;
import java.util.List;

import org.cohesion.portal.casework.casefile.CaseViews;
import org.jspecify.annotations.Nullable;

/** What the plan's pages show (no entity reaches a template) and the forms they send. */
public final class PlanViews {

	private PlanViews() {
	}

	/** The plan page of one case. */
	public record Page(CaseViews.ForReferral facts, List<ActionLine> actions, List<FollowUpLine> followUps,
			List<Option> organisations, boolean editable, ActionForm actionForm, FollowUpForm followUpForm,
			@Nullable Refusal refusal) {
	}

	/**
	 * A refused or lost change, shown on the form it came from ({@code ref} names the
	 * action or follow-up, empty for a new one) with what the person typed.
	 */
	public record Refusal(String form, String ref, String messageKey, String typed) {
	}

	public record ActionLine(String ref, PlanType type, String objective, String action, String responsible,
			LocalDate plannedEnd, @Nullable LocalDate actualEnd, String outcome, boolean late, long version) {
	}

	public record FollowUpLine(String ref, String subject, String note, LocalDate dueOn, @Nullable LocalDate doneOn,
			String outcome, boolean overdue, String owner, long version) {
	}

	/** An organisation that may be responsible for an action. */
	public record Option(long id, String name) {
	}

	/** One line of an overdue list: the case's code, what to check, since when, whose. */
	public record OverdueLine(String caseCode, String subject, LocalDate dueOn, String owner) {
	}

	/** « Mes suivis en retard », and the cell's for a supervisor (else null). */
	public record Overdue(List<OverdueLine> mine, @Nullable List<OverdueLine> cell) {
	}

	/** The counts on the casework home. */
	public record Counts(long mine, long cell) {
	}

	public record ActionForm(@Nullable String type, @Nullable String objective, @Nullable String action,
			@Nullable Long responsibleOrganisationId, @Nullable String plannedEnd) {

		public static ActionForm empty() {
			return new ActionForm(null, "", "", null, "");
		}

	}

	public record FollowUpForm(@Nullable String subject, @Nullable String note, @Nullable String dueOn) {

		public static FollowUpForm empty() {
			return new FollowUpForm("", "", "");
		}

	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
