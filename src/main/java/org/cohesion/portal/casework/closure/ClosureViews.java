package org.cohesion.portal.casework.closure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.casefile.CaseStatus;
import org.jspecify.annotations.Nullable;

/** What the closure pages show and take in. */
public final class ClosureViews {

	private ClosureViews() {
	}

	/** The request: a category and the HTCDS reason. */
	public record RequestForm(@Nullable String category, @Nullable String reason) {

		public static RequestForm empty() {
			return new RequestForm("", "");
		}

		public String categoryText() {
			return category == null ? "" : category;
		}

		public String reasonText() {
			return reason == null ? "" : reason;
		}

	}

	/** A supervisor's decision: the rejection's reason, and the version seen. */
	public record DecisionForm(@Nullable String note, @Nullable Long version) {

		public String noteText() {
			return note == null ? "" : note;
		}

	}

	/** A reopening: its reason, and the case's version seen. */
	public record ReopenForm(@Nullable String reason, @Nullable Long version) {

		public static ReopenForm empty() {
			return new ReopenForm("", null);
		}

		public String reasonText() {
			return reason == null ? "" : reason;
		}

	}

	/** What is still open on the case: a warning, not a block. */
	public record OpenItems(int referrals, int planActions, int followUps) {

		public boolean any() {
			return referrals + planActions + followUps > 0;
		}

	}

	/** A request of the case's history, with its decision. */
	public record Past(String ref, ClosureCategory category, String reason, ClosureStatus status, String requestedBy,
			Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, String decisionNote,
			long version) {
	}

	/** A reopening of the case. */
	public record Reopening(Instant at, String by, String reason) {
	}

	/** The case's closure page. */
	public record CasePage(String caseCode, CaseStatus status, long caseVersion, OpenItems openItems,
			@Nullable Past pending, List<Past> history, List<Reopening> reopenings, boolean mayRequest,
			boolean mayDecide, boolean mayWithdraw, boolean mayReopen, boolean supervisorClosesAtOnce, RequestForm form,
			ReopenForm reopenForm, Map<String, String> errors) {

		public boolean open() {
			return status.open();
		}

		public List<ClosureCategory> categories() {
			return List.of(ClosureCategory.values());
		}

	}

	/** A request awaiting a supervisor's decision, in the cell's list. */
	public record Pending(String caseCode, ClosureCategory category, String requestedBy, Instant requestedAt) {
	}

	/** One of this user's own requests, with its outcome. */
	public record Mine(String caseCode, ClosureCategory category, ClosureStatus status, Instant requestedAt,
			@Nullable Instant decidedAt) {
	}

	/** The closures page: what the cell has to decide, and this user's requests. */
	public record Inbox(boolean supervisor, List<Pending> pending, List<Mine> mine) {
	}

}
