package org.cohesion.portal.casework.reintegration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseForms;
import org.cohesion.portal.casework.casefile.CaseStatus;
import org.cohesion.portal.casework.casefile.CaseViews;
import org.jspecify.annotations.Nullable;

/** What the reintegration page shows and takes in. */
public final class ReintegrationViews {

	private ReintegrationViews() {
	}

	/** A dated status of one dimension, with its note. */
	public record EntryForm(@Nullable String dimension, @Nullable String status, @Nullable String on,
			@Nullable String note) {

		public static EntryForm empty() {
			return new EntryForm("", "", "", "");
		}

		public String text(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

	/** Where a return step stands, and the version seen. */
	public record StepForm(@Nullable String status, @Nullable String planned, @Nullable String done,
			@Nullable String note, @Nullable Long version) {
	}

	/** An entry of a dimension's history. */
	public record Entry(LocalDate on, Progress status, String note, String author, Instant createdAt) {
	}

	/** A dimension: where it stands (its latest entry) and its history, newest first. */
	public record DimensionLine(Dimension dimension, @Nullable Progress status, @Nullable LocalDate since,
			List<Entry> history) {
	}

	/** A step of the return. */
	public record Step(String ref, ReturnStepKind step, ReturnStepStatus status, @Nullable LocalDate planned,
			@Nullable LocalDate done, String note, long version) {
	}

	/** The reintegration page of a case. */
	public record Page(String caseCode, CaseStatus caseStatus, boolean editable, List<DimensionLine> dimensions,
			CaseViews.Risk risk, List<CaseFiles.RiskAssessed> riskHistory, CaseForms.RiskForm riskForm,
			List<Step> returnSteps, EntryForm form, Map<String, String> errors) {

		public boolean open() {
			return caseStatus.open();
		}

		public boolean returnChosen() {
			return !returnSteps.isEmpty();
		}

	}

}
