package org.cohesion.portal.casework.closure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Notifications;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseEventKind;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.closure.ClosureViews.CasePage;
import org.cohesion.portal.casework.closure.ClosureViews.Inbox;
import org.cohesion.portal.casework.closure.ClosureViews.Mine;
import org.cohesion.portal.casework.closure.ClosureViews.OpenItems;
import org.cohesion.portal.casework.closure.ClosureViews.Past;
import org.cohesion.portal.casework.closure.ClosureViews.Pending;
import org.cohesion.portal.casework.closure.ClosureViews.ReopenForm;
import org.cohesion.portal.casework.closure.ClosureViews.Reopening;
import org.cohesion.portal.casework.closure.ClosureViews.RequestForm;
import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Closure of cases on request. The owner of a case, or a supervisor of its cell, asks for
 * its closure with a category and the HTCDS reason (encrypted); what is still open
 * (referrals, plan actions, follow-ups) is shown as a warning. A supervisor of the case's
 * cell approves — the case closes through {@link CaseFiles#closeApproved} — or rejects
 * with a reason; the requester may withdraw. A supervisor who asks decides at once: the
 * decision is theirs anyway, and the timeline and the audit show both steps. Reopening is
 * a supervisor's, with a written reason. Every step is audited, on the case's timeline
 * and notified.
 */
@Service
public class Closures {

	static final String TABLE = "mnr_case_closure";

	static final String REOPENINGS = "mnr_case_reopening";

	static final int MAX_REASON = 1_000;

	private final ClosureRequestRepository requests;

	private final CaseFiles cases;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Closures(ClosureRequestRepository requests, CaseFiles cases, FieldCipher cipher, CaseworkAudit audit,
			Notifications notifications, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, Clock clock) {
		this.requests = requests;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The case's closure page; 404 outside scope, through break-the-glass or read-only.
	 */
	@CaseworkTransactional
	public CasePage casePage(Caseworker who, String caseCode, RequestForm form, ReopenForm reopenForm,
			Map<String, String> errors) {
		CaseFiles.Standing standing = editable(who, caseCode);
		audit.record(AuditEvent.of(AuditAction.VIEW, "case", caseCode, "clôture"));
		List<Past> history = jdbc.query("select r.ref, r.reason_category, r.reason, r.status, u.display_name,"
				+ " r.requested_at, d.display_name, r.decided_at, r.decision_note, r.version from mnr_case_closure r"
				+ " join mnr_user u on u.id = r.requested_by_id left join mnr_user d on d.id = r.decided_by_id"
				+ " where r.case_id = ? order by r.requested_at desc, r.id desc", (rs, row) -> {
					Timestamp decided = rs.getTimestamp(8);
					String ref = rs.getString(1);
					return new Past(ref, ClosureCategory.valueOf(rs.getString(2)),
							decrypt(rs.getBytes(3), TABLE, "reason", ref), ClosureStatus.valueOf(rs.getString(4)),
							rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
							decided == null ? null : decided.toInstant(),
							decrypt(rs.getBytes(9), TABLE, "decision_note", ref), rs.getLong(10));
				}, standing.caseId());
		List<Reopening> reopenings = jdbc.query(
				"select r.ref, r.reason, r.reopened_at, u.display_name"
						+ " from mnr_case_reopening r join mnr_user u on u.id = r.reopened_by_id where r.case_id = ?"
						+ " order by r.reopened_at desc, r.id desc",
				(rs, row) -> new Reopening(rs.getTimestamp(3).toInstant(), rs.getString(4),
						decrypt(rs.getBytes(2), REOPENINGS, "reason", rs.getString(1))),
				standing.caseId());
		Past pending = history.stream().filter(p -> p.status() == ClosureStatus.PENDING).findFirst().orElse(null);
		boolean approver = approver(who, standing);
		boolean mayRequest = standing.open() && pending == null && mayRequest(who, standing);
		boolean mayWithdraw = pending != null
				&& requests.findByRef(pending.ref()).map(r -> r.getRequestedById() == who.userId()).orElse(false);
		return new CasePage(caseCode, standing.status(), standing.version(), openItems(standing.caseId()), pending,
				history, reopenings, mayRequest, pending != null && approver, mayWithdraw, !standing.open() && approver,
				approver, form, reopenForm, errors);
	}

	/**
	 * Asks for the closure, or returns the errors (message keys by field). A supervisor
	 * of the case's cell who asks decides at once.
	 */
	@CaseworkTransactional
	public Map<String, String> request(Caseworker who, String caseCode, RequestForm form) {
		CaseFiles.Standing standing = editable(who, caseCode);
		Map<String, String> errors = new LinkedHashMap<>();
		ClosureCategory category = ClosureCategory.parse(form.categoryText()).orElse(null);
		if (category == null) {
			errors.put("category", "mnr.closure.error.category");
		}
		String reason = form.reasonText().strip();
		if (reason.isEmpty()) {
			errors.put("reason", "mnr.closure.error.reason");
		}
		else if (reason.length() > MAX_REASON) {
			errors.put("reason", "mnr.closure.error.tooLong");
		}
		if (requests.findFirstByCaseIdAndStatus(standing.caseId(), ClosureStatus.PENDING).isPresent()) {
			errors.put("case", "mnr.closure.error.pending");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		ClosureRequest request = new ClosureRequest(standing.caseId(), caseCode, standing.open(),
				mayRequest(who, standing), Objects.requireNonNull(category), who.userId(), clock);
		request.reason(
				Objects.requireNonNull(cipher.encrypt(reason, new FieldBinding(TABLE, "reason", request.getRef()))));
		requests.saveAndFlush(request);
		cases.referralEvent(standing.caseId(), who, CaseEventKind.CLOSURE_REQUESTED, category.name());
		audit.record(AuditEvent.of(AuditAction.CREATE, "case-closure", request.getRef(),
				"demande de clôture du dossier " + caseCode + " (" + category.name() + ")"));
		if (approver(who, standing)) {
			approve(who, standing, request);
		}
		else {
			for (long supervisor : supervisors(standing.organisationId())) {
				notifications.notify(supervisor, Notifications.Kind.CLOSURE_REQUESTED, caseCode, who.username());
			}
		}
		return errors;
	}

	/**
	 * A supervisor's decision on the pending request {@code ref} of the case. Refused (in
	 * French) for anyone but a supervisor of the case's cell, for a request already
	 * decided, or when the request changed since it was shown (optimistic locking).
	 */
	@CaseworkTransactional
	public void decide(Caseworker who, String caseCode, String ref, boolean approve, ClosureViews.DecisionForm form) {
		CaseFiles.Standing standing = editable(who, caseCode);
		ClosureRequest request = requests.findByRef(ref)
			.filter(r -> r.getCaseId() == standing.caseId())
			.orElseThrow(RecordNotFoundException::new);
		if (form.version() == null || form.version() != request.getVersion()) {
			throw new ClosureRefused("mnr.closure.refused.stale");
		}
		if (approve) {
			approve(who, standing, request);
			return;
		}
		String note = form.noteText().strip();
		if (note.length() > MAX_REASON) {
			throw new ClosureRefused("mnr.closure.error.tooLong");
		}
		request.reject(who.userId(), approver(who, standing),
				note.isEmpty() ? null : cipher.encrypt(note, new FieldBinding(TABLE, "decision_note", ref)), clock);
		requests.saveAndFlush(request);
		cases.referralEvent(standing.caseId(), who, CaseEventKind.CLOSURE_REJECTED, request.getReasonCategory().name());
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case-closure", ref, "rejetée"));
		answered(who, request);
	}

	/** The requester takes back a pending request. */
	@CaseworkTransactional
	public void withdraw(Caseworker who, String caseCode, String ref, @Nullable Long version) {
		CaseFiles.Standing standing = editable(who, caseCode);
		ClosureRequest request = requests.findByRef(ref)
			.filter(r -> r.getCaseId() == standing.caseId())
			.orElseThrow(RecordNotFoundException::new);
		if (version == null || version != request.getVersion()) {
			throw new ClosureRefused("mnr.closure.refused.stale");
		}
		request.withdraw(who.userId(), clock);
		requests.saveAndFlush(request);
		cases.referralEvent(standing.caseId(), who, CaseEventKind.CLOSURE_WITHDRAWN,
				request.getReasonCategory().name());
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case-closure", ref, "retirée"));
	}

	/**
	 * A supervisor of the case's cell reopens the closed case, with a written reason; or
	 * the errors (message keys by field).
	 */
	@CaseworkTransactional
	public Map<String, String> reopen(Caseworker who, String caseCode, ReopenForm form) {
		CaseFiles.Standing standing = editable(who, caseCode);
		String reason = form.reasonText().strip();
		if (reason.isEmpty()) {
			return Map.of("reopenReason", "mnr.closure.error.reopenReason");
		}
		if (reason.length() > MAX_REASON) {
			return Map.of("reopenReason", "mnr.closure.error.tooLong");
		}
		if (form.version() == null) {
			throw new ClosureRefused("mnr.closure.refused.stale");
		}
		String refusal = cases.reopen(standing.caseId(), form.version(), who);
		if (refusal != null) {
			throw new ClosureRefused(refusal);
		}
		String ref = UUID.randomUUID().toString().replace("-", "");
		jdbc.update(
				"insert into mnr_case_reopening (ref, case_id, reason, reopened_by_id, reopened_at)"
						+ " values (?, ?, ?, ?, ?)",
				ref, standing.caseId(), cipher.encrypt(reason, new FieldBinding(REOPENINGS, "reason", ref)),
				who.userId(), Timestamp.from(clock.instant()));
		audit.record(AuditEvent.of(AuditAction.CREATE, "case-reopening", ref, "dossier " + caseCode + " rouvert"));
		return Map.of();
	}

	/**
	 * What a supervisor has to decide (the pending requests of the cases of their cell)
	 * and, for everyone who asks, their own requests with the outcome.
	 */
	@CaseworkTransactional
	public Inbox inbox(Caseworker who) {
		if (!who.may(CaseworkPermission.CASE_CLOSE_REQUEST)) {
			throw new RecordNotFoundException();
		}
		boolean supervisor = mayApprove(who);
		audit.record(AuditEvent.of(AuditAction.LIST, "case-closure", null, "demandes de clôture"));
		List<Pending> pending = !supervisor ? List.of()
				: jdbc.query(
						"select r.case_code, r.reason_category, u.display_name, r.requested_at"
								+ " from mnr_case_closure r join mnr_case c on c.id = r.case_id"
								+ " join mnr_user u on u.id = r.requested_by_id where r.status = 'PENDING'"
								+ " and c.organisation_id = ? order by r.requested_at",
						(rs, row) -> new Pending(rs.getString(1), ClosureCategory.valueOf(rs.getString(2)),
								rs.getString(3), rs.getTimestamp(4).toInstant()),
						who.organisationId());
		List<Mine> mine = jdbc.query("select case_code, reason_category, status, requested_at, decided_at"
				+ " from mnr_case_closure where requested_by_id = ? order by requested_at desc, id desc limit 50",
				(rs, row) -> {
					Timestamp decided = rs.getTimestamp(5);
					return new Mine(rs.getString(1), ClosureCategory.valueOf(rs.getString(2)),
							ClosureStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
							decided == null ? null : decided.toInstant());
				}, who.userId());
		return new Inbox(supervisor, pending, mine);
	}

	/** How many closure requests await this supervisor's cell (0 for anyone else). */
	@CaseworkTransactional(readOnly = true)
	public int pendingCount(Caseworker who) {
		if (!mayApprove(who)) {
			return 0;
		}
		Integer count = jdbc
			.queryForObject(
					"select count(*) from mnr_case_closure r join mnr_case c on c.id = r.case_id"
							+ " where r.status = 'PENDING' and c.organisation_id = ?",
					Integer.class, who.organisationId());
		return count == null ? 0 : count;
	}

	private void approve(Caseworker who, CaseFiles.Standing standing, ClosureRequest request) {
		request.approve(who.userId(), approver(who, standing), clock);
		requests.saveAndFlush(request);
		String reason = decrypt(request.getReason(), TABLE, "reason", request.getRef());
		String refusal = cases.closeApproved(standing.caseId(), standing.version(),
				request.getReasonCategory().closedStatus(), reason, who, request.getReasonCategory().name());
		if (refusal != null) {
			throw new ClosureRefused(refusal);
		}
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case-closure", request.getRef(), "approuvée"));
		answered(who, request);
	}

	private void answered(Caseworker who, ClosureRequest request) {
		if (request.getRequestedById() != who.userId()) {
			notifications.notify(request.getRequestedById(), Notifications.Kind.CLOSURE_ANSWERED, request.getCaseCode(),
					who.username());
		}
	}

	/**
	 * What is still open on the case, from the referrals', plan's and follow-ups' tables.
	 */
	private OpenItems openItems(long caseId) {
		return new OpenItems(
				count("select count(*) from mnr_referral where case_id = ? and status in ('SENT', 'ACCEPTED',"
						+ " 'IN_PROGRESS')", caseId),
				count("select count(*) from mnr_plan_action where case_id = ? and actual_end is null", caseId),
				count("select count(*) from mnr_followup where case_id = ? and done_on is null", caseId));
	}

	private int count(String sql, long caseId) {
		Integer count = jdbc.queryForObject(sql, Integer.class, caseId);
		return count == null ? 0 : count;
	}

	private List<Long> supervisors(long organisationId) {
		return jdbc.queryForList(
				"select id from mnr_user where organisation_id = ? and role = 'SUPERVISEUR' and enabled = true",
				Long.class, organisationId);
	}

	/** In scope, not through break-the-glass, and allowed to change records; else 404. */
	private CaseFiles.Standing editable(Caseworker who, String caseCode) {
		CaseFiles.Standing standing = cases.standing(who, caseCode);
		if (!standing.editable()) {
			throw new RecordNotFoundException();
		}
		return standing;
	}

	private static boolean mayRequest(Caseworker who, CaseFiles.Standing standing) {
		return who.may(CaseworkPermission.CASE_CLOSE_REQUEST) && (standing.owner() || standing.cellSupervisor());
	}

	private static boolean approver(Caseworker who, CaseFiles.Standing standing) {
		return standing.cellSupervisor() && mayApprove(who);
	}

	private static boolean mayApprove(Caseworker who) {
		return who.role() == CaseworkRole.SUPERVISEUR && who.may(CaseworkPermission.CASE_CLOSE_APPROVE);
	}

	private String decrypt(byte @Nullable [] ciphertext, String table, String column, String ref) {
		String value = cipher.decrypt(ciphertext, new FieldBinding(table, column, ref));
		return value == null ? "" : value;
	}

	/**
	 * The closures' and reopenings' texts, for the re-encryption job after a key
	 * rotation.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		EncryptedTable caseClosureTable() {
			return new EncryptedTable(TABLE, "ref", List.of("reason", "decision_note"));
		}

		@Bean
		EncryptedTable caseReopeningTable() {
			return new EncryptedTable(REOPENINGS, "ref", List.of("reason"));
		}

	}

}
