package org.cohesion.portal.casework.reintegration;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseEventKind;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseForms;
import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.DimensionLine;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.Entry;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.EntryForm;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.Page;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.Step;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.StepForm;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reintegration of a case: dated statuses by dimension with encrypted notes, the risk
 * re-assessed through the case file's own assessment, and the return steps when a return
 * or repatriation is chosen. Read within need-to-know ({@link CaseFiles#standing}, 404
 * outside), changed by those who may change the case while it is open; every read and
 * change audited, every change on the timeline.
 */
@Service
public class Reintegrations {

	static final String ENTRIES = "mnr_reintegration_entry";

	static final String STEPS = "mnr_return_step";

	static final int MAX_NOTE = 4_000;

	private final ReintegrationEntryRepository entries;

	private final ReturnStepRepository steps;

	private final CaseFiles cases;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Reintegrations(ReintegrationEntryRepository entries, ReturnStepRepository steps, CaseFiles cases,
			FieldCipher cipher, CaseworkAudit audit, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			Clock clock) {
		this.entries = entries;
		this.steps = steps;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The page; 404 outside need-to-know or through break-the-glass. */
	@CaseworkTransactional
	public Page page(Caseworker who, String caseCode, EntryForm form, CaseForms.@Nullable RiskForm riskForm,
			Map<String, String> errors) {
		CaseFiles.Standing standing = cases.standing(who, caseCode);
		audit.record(AuditEvent.of(AuditAction.VIEW, "case", caseCode, "réintégration"));
		Map<Dimension, List<Entry>> byDimension = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			byDimension.put(dimension, new ArrayList<>());
		}
		jdbc.query("select e.ref, e.dimension, e.status, e.noted_on, e.note, e.created_at, u.display_name from "
				+ ENTRIES + " e join mnr_user u on u.id = e.author_id where e.case_id = ?"
				+ " order by e.noted_on desc, e.id desc", rs -> {
					byDimension.get(Dimension.valueOf(rs.getString("dimension")))
						.add(new Entry(rs.getDate("noted_on").toLocalDate(), Progress.valueOf(rs.getString("status")),
								decrypt(rs.getBytes("note"), ENTRIES, rs.getString("ref")),
								rs.getString("display_name"), rs.getTimestamp("created_at").toInstant()));
				}, standing.caseId());
		List<DimensionLine> dimensions = byDimension.entrySet()
			.stream()
			.map(e -> new DimensionLine(e.getKey(), e.getValue().isEmpty() ? null : e.getValue().get(0).status(),
					e.getValue().isEmpty() ? null : e.getValue().get(0).on(), e.getValue()))
			.toList();
		List<Step> returnSteps = jdbc.query(
				"select ref, step, status, planned_on, done_on, note, version from " + STEPS
						+ " where case_id = ? order by id",
				(rs, row) -> new Step(rs.getString("ref"), ReturnStepKind.valueOf(rs.getString("step")),
						ReturnStepStatus.valueOf(rs.getString("status")), date(rs.getDate("planned_on")),
						date(rs.getDate("done_on")), decrypt(rs.getBytes("note"), STEPS, rs.getString("ref")),
						rs.getLong("version")),
				standing.caseId());
		CaseForms.RiskForm risk = riskForm != null ? riskForm : new CaseForms.RiskForm(name(standing.risk().danger()),
				name(standing.risk().proximity()), name(standing.risk().retrafficking()), "", standing.version());
		return new Page(caseCode, standing.status(), standing.editable() && standing.open(), dimensions,
				standing.risk(), cases.riskHistory(standing.caseId()), risk, returnSteps, form, errors);
	}

	/** Records a dated status of a dimension; or the errors (message keys by field). */
	@CaseworkTransactional
	public Map<String, String> record(Caseworker who, String caseCode, EntryForm form) {
		CaseFiles.Standing standing = editable(who, caseCode);
		Map<String, String> errors = new LinkedHashMap<>();
		Dimension dimension = Dimension.parse(form.dimension()).orElse(null);
		if (dimension == null) {
			errors.put("dimension", "mnr.reintegration.error.dimension");
		}
		Progress status = Progress.parse(form.status()).orElse(null);
		if (status == null) {
			errors.put("status", "mnr.reintegration.error.status");
		}
		LocalDate on = form.text(form.on()).isBlank() ? LocalDate.now(clock) : date(form.on());
		if (on == null) {
			errors.put("on", "mnr.reintegration.error.date");
		}
		String note = form.text(form.note()).strip();
		if (note.length() > MAX_NOTE) {
			errors.put("note", "mnr.reintegration.error.tooLong");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		ReintegrationEntry entry;
		try {
			entry = new ReintegrationEntry(standing.caseId(), standing.open(), dimension, status, on, who.userId(),
					clock);
		}
		catch (ReintegrationRefused refused) {
			return Map.of(refused.messageKey().endsWith("future") ? "on" : "dimension", refused.messageKey());
		}
		entry.note(note.isEmpty() ? null : cipher.encrypt(note, new FieldBinding(ENTRIES, "note", entry.getRef())));
		entries.saveAndFlush(entry);
		cases.referralEvent(standing.caseId(), who, CaseEventKind.REINTEGRATION_UPDATED,
				dimension.name() + "|" + status.name());
		audit.record(AuditEvent.of(AuditAction.CREATE, "reintegration", entry.getRef(),
				"réintégration du dossier " + caseCode + " : " + dimension.name()));
		return Map.of();
	}

	/** A return or repatriation is chosen: its steps are laid out, all to plan. */
	@CaseworkTransactional
	public void chooseReturn(Caseworker who, String caseCode) {
		CaseFiles.Standing standing = editable(who, caseCode);
		if (steps.existsByCaseId(standing.caseId())) {
			throw new ReintegrationRefused("mnr.return.refused.chosen");
		}
		for (ReturnStepKind kind : ReturnStepKind.values()) {
			steps.save(new ReturnStep(standing.caseId(), standing.open(), kind, who.userId(), clock));
		}
		steps.flush();
		audit.record(AuditEvent.of(AuditAction.CREATE, "return-steps", caseCode, "retour ou rapatriement prévu"));
	}

	/** Where a return step stands (optimistic locking on the step). */
	@CaseworkTransactional
	public void updateStep(Caseworker who, String caseCode, String ref, StepForm form) {
		CaseFiles.Standing standing = editable(who, caseCode);
		ReturnStep step = steps.findByRef(ref)
			.filter(s -> s.getCaseId() == standing.caseId())
			.orElseThrow(RecordNotFoundException::new);
		if (form.version() == null || form.version() != step.getVersion()) {
			throw new ReintegrationRefused("mnr.return.refused.stale");
		}
		ReturnStepStatus status = ReturnStepStatus.parse(form.status())
			.orElseThrow(() -> new ReintegrationRefused("mnr.return.refused.status"));
		LocalDate planned = blank(form.planned()) ? null : date(form.planned());
		LocalDate done = blank(form.done()) ? null : date(form.done());
		if ((!blank(form.planned()) && planned == null) || (!blank(form.done()) && done == null)) {
			throw new ReintegrationRefused("mnr.reintegration.error.date");
		}
		String note = form.note() == null ? "" : form.note().strip();
		if (note.length() > MAX_NOTE) {
			throw new ReintegrationRefused("mnr.reintegration.error.tooLong");
		}
		step.update(standing.open(), status, planned, done, who.userId(), clock);
		step.note(note.isEmpty() ? null : cipher.encrypt(note, new FieldBinding(STEPS, "note", ref)));
		steps.saveAndFlush(step);
		cases.referralEvent(standing.caseId(), who, CaseEventKind.RETURN_STEP_UPDATED,
				step.getStep().name() + "|" + status.name());
		audit.record(AuditEvent.of(AuditAction.UPDATE, "return-step", ref, step.getStep().name()));
	}

	/**
	 * The risk re-assessed from the reintegration page: the case file's own assessment
	 * (its guarded method, its optimistic locking, its timeline line).
	 */
	@CaseworkTransactional
	public CaseFiles.Outcome reassessRisk(Caseworker who, @Nullable String ip, String caseCode,
			CaseForms.RiskForm form) {
		editable(who, caseCode);
		return cases.assessRisk(who, ip, caseCode, form);
	}

	private CaseFiles.Standing editable(Caseworker who, String caseCode) {
		CaseFiles.Standing standing = cases.standing(who, caseCode);
		if (!standing.editable()) {
			throw new RecordNotFoundException();
		}
		return standing;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** {@code 2026-03-14} (a date field) or {@code 14/03/2026} (typed by hand). */
	static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.replace('.', '/').replace('-', '/'),
						DateTimeFormatter.ofPattern("d/M/uuuu"));
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static String name(@Nullable Enum<?> value) {
		return value == null ? "" : value.name();
	}

	private String decrypt(byte @Nullable [] ciphertext, String table, String ref) {
		String value = cipher.decrypt(ciphertext, new FieldBinding(table, "note", ref));
		return value == null ? "" : value;
	}

	/** The reintegration's notes, for the re-encryption job after a key rotation. */
	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		EncryptedTable reintegrationEntryTable() {
			return new EncryptedTable(ENTRIES, "ref", List.of("note"));
		}

		@Bean
		EncryptedTable returnStepTable() {
			return new EncryptedTable(STEPS, "ref", List.of("note"));
		}

	}

}
