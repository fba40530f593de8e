package org.cohesion.portal.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the case pages show: views out, never an entity. */
public final class CaseViews {

	private CaseViews() {
	}

	/**
	 * A line of a list; {@code name} holds initials only when {@code nameHidden}.
	 */
	public record Summary(String code, String name, boolean nameHidden, CaseStatus status, VictimStatus victim,
			boolean child, @Nullable RiskLevel risk, String organisationCode, String owner, Instant openedAt,
			Instant lastActivityAt) {

		public boolean highRisk() {
			return risk == RiskLevel.HIGH;
		}

	}

	/** Which list, and the search criteria as typed. */
	public record Criteria(String view, String query, String status, String from, String to, String region) {

		public boolean searched() {
			return !query.isBlank() || !status.isBlank() || !from.isBlank() || !to.isBlank() || !region.isBlank();
		}

	}

	/**
	 * A list or a search's result; {@code total} counts what the user may see;
	 * {@code error} is the message key of criteria that could not be read.
	 */
	public record Listing(List<Summary> cases, long total, Criteria criteria, List<String> views, List<String> regions,
			@Nullable String error) {
	}

	/** The risk assessment as stored (levels null until a first assessment). */
	public record Risk(@Nullable RiskLevel level, @Nullable RiskLevel danger, @Nullable RiskLevel proximity,
			@Nullable RiskLevel retrafficking, String note, @Nullable Instant assessedAt) {

		public boolean high() {
			return level == RiskLevel.HIGH;
		}

	}

	/** Immediate needs. */
	public record Needs(boolean medical, boolean shelter, boolean food, boolean safety, boolean psychosocial,
			boolean legal, String note) {

		public boolean none() {
			return !medical && !shelter && !food && !safety && !psychosocial && !legal && note.isEmpty();
		}

	}

	/** A child's protection. */
	public record ChildProtection(String bestInterests, @Nullable LocalDate assessedOn, String guardian,
			@Nullable FamilyTracing tracing) {
	}

	/**
	 * A line of the timeline; its text is {@code mnr.case.event.<kind>} with the texts of
	 * {@code argumentKeys} as arguments.
	 */
	public record Line(Instant at, String actor, CaseEventKind kind, List<String> argumentKeys) {
	}

	public record Note(Instant at, String author, String text) {
	}

	public record Attachment(String ref, String fileName, String description, String contentType, long size, Instant at,
			String author) {
	}

	public record Perpetrator(List<PerpetratorRole> roles, String details, Instant at, String author) {
	}

	/**
	 * The whole case file. {@code nameHidden}: the name is withheld and {@code initials}
	 * stand for it; {@code nameProtected}: the name is one hidden by default.
	 * {@code editable}: in scope (not through a break-the-glass access) and allowed to
	 * change records; {@code supervisor}: may close and reopen.
	 */
	public record Details(String code, String personCode, String name, String initials, boolean nameHidden,
			boolean nameProtected, CaseStatus status, String closureReason, VictimStatus victim, boolean child,
			boolean sexualExploitation, String organisationCode, String organisationName, String region, String owner,
			Instant openedAt, Instant updatedAt, Instant lastActivityAt, @Nullable String screeningRef, Risk risk,
			Needs needs, @Nullable ChildProtection childProtection, List<Line> timeline, List<Note> notes,
			List<Attachment> attachments, List<Perpetrator> perpetrators, long version, boolean editable,
			boolean supervisor, @Nullable Instant breakGlassUntil, @Nullable String breakGlassReason) {

		public boolean open() {
			return status.open();
		}

	}

	/**
	 * What a referral takes from its case (codes and flags; the needs as message keys).
	 */
	public record ForReferral(long caseId, String code, long personId, long organisationId, String region,
			boolean child, boolean open, @Nullable RiskLevel riskLevel, List<String> needKeys) {
	}

}
