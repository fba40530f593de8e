package org.cohesion.portal.casework.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.Notifications;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseEventKind;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseViews;
import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.plan.PlanViews.ActionForm;
import org.cohesion.portal.casework.plan.PlanViews.ActionLine;
import org.cohesion.portal.casework.plan.PlanViews.Counts;
import org.cohesion.portal.casework.plan.PlanViews.FollowUpForm;
import org.cohesion.portal.casework.plan.PlanViews.FollowUpLine;
import org.cohesion.portal.casework.plan.PlanViews.Option;
import org.cohesion.portal.casework.plan.PlanViews.Overdue;
import org.cohesion.portal.casework.plan.PlanViews.OverdueLine;
import org.cohesion.portal.casework.plan.PlanViews.Page;
import org.cohesion.portal.casework.plan.PlanViews.Refusal;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The assistance plan and the follow-ups of a case, within the case's need-to-know (the
 * same check as the case itself, 404 outside it; never through break-the-glass). Every
 * read and change is audited, every change is a line of the case's timeline, the free
 * texts are encrypted, and a follow-up that becomes overdue is reminded to its owner
 * once.
 */
@Service
public class AssistancePlans {

	static final String ACTIONS = "mnr_plan_action";

	static final String FOLLOWUPS = "mnr_followup";

	private static final int MAX_TEXT = 2000;

	private final PlanActionRepository actions;

	private final FollowUpRepository followUps;

	private final CaseFiles cases;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AssistancePlans(PlanActionRepository actions, FollowUpRepository followUps, CaseFiles cases, FieldCipher cipher,
			CaseworkAudit audit, Notifications notifications, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			Clock clock) {
		this.actions = actions;
		this.followUps = followUps;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The plan page of a case in scope, audited; else 404. */
	@CaseworkTransactional
	public Page page(Caseworker who, String code, ActionForm actionForm, FollowUpForm followUpForm,
			@Nullable Refusal refusal) {
		CaseViews.ForReferral facts = inScope(who, code, CaseworkPermission.PERSON_READ);
		audit.record(AuditEvent.of(AuditAction.VIEW, "case", code, "plan d’assistance et suivis"));
		LocalDate today = LocalDate.now(clock);
		Map<Long, String> names = organisationNames();
		List<ActionLine> actionLines = actions.findByCaseIdOrderByPlannedEndAsc(facts.caseId())
			.stream()
			.map(action -> new ActionLine(action.getRef(), action.getType(),
					decrypt(ACTIONS, "objective", action.getRef(), action.getObjective()),
					decrypt(ACTIONS, "action_text", action.getRef(), action.getActionText()),
					action.getResponsibleOrganisationId() == null ? ""
							: names.getOrDefault(action.getResponsibleOrganisationId(), ""),
					action.getPlannedEnd(), action.getActualEnd(),
					decrypt(ACTIONS, "outcome", action.getRef(), action.getOutcome()), action.late(today),
					action.getVersion()))
			.toList();
		List<FollowUpLine> followUpLines = followUps.findByCaseIdOrderByDueOnAsc(facts.caseId())
			.stream()
			.map(followUp -> new FollowUpLine(followUp.getRef(),
					decrypt(FOLLOWUPS, "subject", followUp.getRef(), followUp.getSubject()),
					decrypt(FOLLOWUPS, "note", followUp.getRef(), followUp.getNote()), followUp.getDueOn(),
					followUp.getDoneOn(), decrypt(FOLLOWUPS, "outcome", followUp.getRef(), followUp.getOutcome()),
					followUp.overdue(today), userName(followUp.getOwnerId()), followUp.getVersion()))
			.toList();
		List<Option> organisations = jdbc.query(
				"select id, name from mnr_organisation where active = true order by name",
				(rs, row) -> new Option(rs.getLong("id"), rs.getString("name")));
		boolean editable = facts.open() && who.may(CaseworkPermission.PERSON_EDIT);
		return new Page(facts, actionLines, followUpLines, organisations, editable, actionForm, followUpForm, refusal);
	}

	// ---- for the prosecutor's case file (casework.dossier)

	/** The plan's actions and follow-ups of a case, decrypted. */
	public record ForCaseFile(List<ActionLine> actions, List<FollowUpLine> followUps) {
	}

	/**
	 * The plan of the case of this id, for its printed case file. No check and no audit
	 * here: the caller checked the case and audits the print.
	 */
	@CaseworkTransactional(readOnly = true)
	public ForCaseFile forCaseFile(long caseId) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, String> names = organisationNames();
		List<ActionLine> actionLines = actions.findByCaseIdOrderByPlannedEndAsc(caseId)
			.stream()
			.map(action -> new ActionLine(action.getRef(), action.getType(),
					decrypt(ACTIONS, "objective", action.getRef(), action.getObjective()),
					decrypt(ACTIONS, "action_text", action.getRef(), action.getActionText()),
					action.getResponsibleOrganisationId() == null ? ""
							: names.getOrDefault(action.getResponsibleOrganisationId(), ""),
					action.getPlannedEnd(), action.getActualEnd(),
					decrypt(ACTIONS, "outcome", action.getRef(), action.getOutcome()), action.late(today),
					action.getVersion()))
			.toList();
		List<FollowUpLine> followUpLines = followUps.findByCaseIdOrderByDueOnAsc(caseId)
			.stream()
			.map(followUp -> new FollowUpLine(followUp.getRef(),
					decrypt(FOLLOWUPS, "subject", followUp.getRef(), followUp.getSubject()),
					decrypt(FOLLOWUPS, "note", followUp.getRef(), followUp.getNote()), followUp.getDueOn(),
					followUp.getDoneOn(), decrypt(FOLLOWUPS, "outcome", followUp.getRef(), followUp.getOutcome()),
					followUp.overdue(today), userName(followUp.getOwnerId()), followUp.getVersion()))
			.toList();
		return new ForCaseFile(actionLines, followUpLines);
	}

	/** Adds an action to the plan; a {@link PlanRefused} says what is missing. */
	@CaseworkTransactional
	public void addAction(Caseworker who, String code, ActionForm form) {
		CaseViews.ForReferral facts = changeable(who, code);
		PlanType type;
		try {
			type = PlanType.valueOf(PlanViews.text(form.type()));
		}
		catch (IllegalArgumentException ex) {
			throw new PlanRefused("mnr.plan.refused.type");
		}
		String objective = required(form.objective(), "mnr.plan.refused.objective");
		String text = required(form.action(), "mnr.plan.refused.action");
		LocalDate plannedEnd = date(form.plannedEnd(), "mnr.plan.refused.plannedEnd");
		Long responsible = form.responsibleOrganisationId();
		if (responsible != null
				&& jdbc.queryForObject("select count(*) from mnr_organisation where id = ? and active = true",
						Long.class, responsible) == 0) {
			throw new PlanRefused("mnr.plan.refused.organisation");
		}
		PlanAction action = new PlanAction(facts.caseId(), facts.code(), type, responsible, plannedEnd, who.userId(),
				clock);
		action.texts(encrypt(ACTIONS, "objective", action.getRef(), objective),
				encrypt(ACTIONS, "action_text", action.getRef(), text));
		actions.save(action);
		audit.record(AuditEvent.of(AuditAction.CREATE, "plan-action", action.getRef(),
				"action du plan du dossier " + code + " ; type " + type));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.PLAN_ACTION_ADDED, type.name());
	}

	/**
	 * Records that an action was done, on the version the person saw: a change made in
	 * between loses the race ({@code mnr.plan.refused.stale}), the caller keeps the text.
	 */
	@CaseworkTransactional
	public void completeAction(Caseworker who, String code, String ref, @Nullable String outcome, @Nullable String on,
			long version) {
		CaseViews.ForReferral facts = changeable(who, code);
		PlanAction action = actions.findByRef(ref)
			.filter(found -> found.getCaseId() == facts.caseId())
			.orElseThrow(RecordNotFoundException::new);
		if (action.getVersion() != version) {
			throw new PlanRefused("mnr.plan.refused.stale");
		}
		String text = required(outcome, "mnr.plan.refused.outcome");
		LocalDate day = PlanViews.text(on).isEmpty() ? LocalDate.now(clock) : date(on, "mnr.plan.refused.actualEnd");
		action.complete(day, encrypt(ACTIONS, "outcome", ref, text), clock);
		actions.saveAndFlush(action);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "plan-action", ref, "action réalisée"));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.PLAN_ACTION_DONE, action.getType().name());
	}

	/** Plans a follow-up of the case, owned by the person who plans it. */
	@CaseworkTransactional
	public void planFollowUp(Caseworker who, String code, FollowUpForm form) {
		CaseViews.ForReferral facts = changeable(who, code);
		String subject = required(form.subject(), "mnr.followup.refused.subject");
		String note = PlanViews.text(form.note());
		if (note.length() > MAX_TEXT) {
			throw new PlanRefused("mnr.plan.refused.tooLong");
		}
		LocalDate due = date(form.dueOn(), "mnr.followup.refused.dueOn");
		FollowUp followUp = new FollowUp(facts.caseId(), facts.code(), facts.organisationId(), who.userId(), due,
				who.userId(), clock);
		followUp.texts(encrypt(FOLLOWUPS, "subject", followUp.getRef(), subject),
				note.isEmpty() ? null : encrypt(FOLLOWUPS, "note", followUp.getRef(), note));
		followUps.save(followUp);
		audit.record(AuditEvent.of(AuditAction.CREATE, "followup", followUp.getRef(),
				"suivi du dossier " + code + " pour le " + due));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.FOLLOWUP_PLANNED, "");
	}

	/** Records what the follow-up found, on the version the person saw. */
	@CaseworkTransactional
	public void completeFollowUp(Caseworker who, String code, String ref, @Nullable String outcome, long version) {
		CaseViews.ForReferral facts = changeable(who, code);
		FollowUp followUp = followUps.findByRef(ref)
			.filter(found -> found.getCaseId() == facts.caseId())
			.orElseThrow(RecordNotFoundException::new);
		if (followUp.getVersion() != version) {
			throw new PlanRefused("mnr.plan.refused.stale");
		}
		String text = required(outcome, "mnr.followup.refused.outcome");
		followUp.complete(encrypt(FOLLOWUPS, "outcome", ref, text), clock);
		followUps.saveAndFlush(followUp);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "followup", ref, "suivi fait"));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.FOLLOWUP_DONE, "");
	}

	/**
	 * « Mes suivis en retard », and for a supervisor those of the cell: only the lines
	 * whose case is in the reader's scope today, audited as a list.
	 */
	@CaseworkTransactional
	public Overdue overdue(Caseworker who) {
		if (!who.may(CaseworkPermission.PERSON_READ)) {
			throw new RecordNotFoundException();
		}
		audit.record(AuditEvent.of(AuditAction.LIST, "followup-overdue", null, "suivis en retard"));
		List<OverdueLine> mine = overdueLines(who, "owner_id", who.userId());
		List<OverdueLine> cell = supervisor(who) ? overdueLines(who, "organisation_id", who.organisationId()) : null;
		return new Overdue(mine, cell);
	}

	/**
	 * How many follow-ups are overdue: the user's own, and the cell's for a supervisor.
	 */
	@CaseworkTransactional(readOnly = true)
	public Counts counts(Caseworker who) {
		LocalDate today = LocalDate.now(clock);
		Long mine = jdbc.queryForObject(
				"select count(*) from " + FOLLOWUPS + " where owner_id = ? and done_on is null and due_on < ?",
				Long.class, who.userId(), today);
		Long cell = supervisor(who) ? jdbc.queryForObject(
				"select count(*) from " + FOLLOWUPS + " where organisation_id = ? and done_on is null and due_on < ?",
				Long.class, who.organisationId(), today) : Long.valueOf(0);
		return new Counts(mine == null ? 0 : mine, cell == null ? 0 : cell);
	}

	/**
	 * Reminds the owner of each follow-up that has become overdue, once: the reminder is
	 * claimed by a conditional update ({@code reminded_at is null}) in the same
	 * transaction as the notification, so a second run, or a second casework node running
	 * the same job (casework nodes have no ShedLock), reminds nobody twice.
	 * @return how many reminders were sent
	 */
	@Scheduled(fixedDelayString = "${portal.casework.followup-reminders-every:PT15M}",
			initialDelayString = "${portal.casework.followup-reminders-after:PT2M}")
	@CaseworkTransactional
	public int remindOverdue() {
		LocalDate today = LocalDate.now(clock);
		Timestamp now = Timestamp.from(clock.instant());
		int sent = 0;
		for (Map<String, Object> row : jdbc.queryForList("select id, case_code, owner_id from " + FOLLOWUPS
				+ " where done_on is null and reminded_at is null and due_on < ? order by due_on, id", today)) {
			long id = ((Number) row.get("id")).longValue();
			if (jdbc.update("update " + FOLLOWUPS + " set reminded_at = ? where id = ? and reminded_at is null", now,
					id) == 1) {
				notifications.notify(((Number) row.get("owner_id")).longValue(), Notifications.Kind.FOLLOWUP_OVERDUE,
						(String) row.get("case_code"), "");
				sent++;
			}
		}
		return sent;
	}

	// ---- helpers

	private List<OverdueLine> overdueLines(Caseworker who, String column, long value) {
		LocalDate today = LocalDate.now(clock);
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select f.ref, f.case_code, f.subject, f.due_on," + " u.display_name from " + FOLLOWUPS
						+ " f join mnr_user u on u.id = f.owner_id where f." + column
						+ " = ? and f.done_on is null and f.due_on < ? order by f.due_on, f.id limit 200",
				value, today);
		Map<String, Boolean> allowed = new HashMap<>();
		return rows.stream().filter(row -> allowed.computeIfAbsent((String) row.get("case_code"), code -> {
			RecordScope scope = cases.scopeOf(code);
			return scope != null && AccessPolicy.inScope(who, scope);
		})).map(row -> {
			String ref = (String) row.get("ref");
			return new OverdueLine((String) row.get("case_code"),
					decrypt(FOLLOWUPS, "subject", ref, (byte[]) row.get("subject")),
					((java.sql.Date) row.get("due_on")).toLocalDate(), (String) row.get("display_name"));
		}).toList();
	}

	private static boolean supervisor(Caseworker who) {
		return who.role() == CaseworkRole.SUPERVISEUR;
	}

	private CaseViews.ForReferral inScope(Caseworker who, String code, CaseworkPermission permission) {
		if (!who.may(permission)) {
			throw new RecordNotFoundException();
		}
		return cases.forReferral(who, code);
	}

	private CaseViews.ForReferral changeable(Caseworker who, String code) {
		CaseViews.ForReferral facts = inScope(who, code, CaseworkPermission.PERSON_EDIT);
		if (!facts.open()) {
			throw new PlanRefused("mnr.plan.refused.closed");
		}
		return facts;
	}

	private static String required(@Nullable String value, String refusal) {
		String text = PlanViews.text(value);
		if (text.isEmpty()) {
			throw new PlanRefused(refusal);
		}
		if (text.length() > MAX_TEXT) {
			throw new PlanRefused("mnr.plan.refused.tooLong");
		}
		return text;
	}

	private static LocalDate date(@Nullable String value, String refusal) {
		try {
			return LocalDate.parse(PlanViews.text(value));
		}
		catch (DateTimeParseException ex) {
			throw new PlanRefused(refusal);
		}
	}

	private Map<Long, String> organisationNames() {
		Map<Long, String> names = new HashMap<>();
		jdbc.query("select id, name from mnr_organisation",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> names.put(rs.getLong("id"),
						rs.getString("name")));
		return names;
	}

	private String userName(long userId) {
		return jdbc.queryForList("select display_name from mnr_user where id = ?", String.class, userId)
			.stream()
			.findFirst()
			.orElse("");
	}

	private byte[] encrypt(String table, String column, String ref, String text) {
		return Objects.requireNonNull(cipher.encrypt(text, new FieldBinding(table, column, ref)));
	}

	private String decrypt(String table, String column, String ref, byte @Nullable [] ciphertext) {
		String value = cipher.decrypt(ciphertext, new FieldBinding(table, column, ref));
		return value == null ? "" : value;
	}

	/** The plan's ciphertexts, for the re-encryption job after a key rotation. */
	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		EncryptedTable planActionTable() {
			return new EncryptedTable(ACTIONS, "ref", List.of("objective", "action_text", "outcome"));
		}

		@Bean
		EncryptedTable followUpTable() {
			return new EncryptedTable(FOLLOWUPS, "ref", List.of("subject", "note", "outcome"));
		}

	}

}
