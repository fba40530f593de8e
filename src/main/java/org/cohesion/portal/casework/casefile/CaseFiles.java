package org.cohesion.portal.casework.casefile;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Access;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.ListScope;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.alert.ScreeningConcluded;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseForms.ChildForm;
import org.cohesion.portal.casework.casefile.CaseForms.NeedsForm;
import org.cohesion.portal.casework.casefile.CaseForms.PerpetratorForm;
import org.cohesion.portal.casework.casefile.CaseForms.RiskForm;
import org.cohesion.portal.casework.casefile.CaseForms.StatusForm;
import org.cohesion.portal.casework.casefile.CaseViews.Criteria;
import org.cohesion.portal.casework.casefile.CaseViews.Details;
import org.cohesion.portal.casework.casefile.CaseViews.Listing;
import org.cohesion.portal.casework.casefile.CaseViews.Summary;
import org.cohesion.portal.casework.crypto.CaseworkFiles;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.person.PersonNames.Named;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The case file's use cases. Each read asks the {@link AccessPolicy} and writes an audit
 * entry in the same transaction; lists and searches carry the policy into their SQL
 * ({@link #SCOPE}). Every change appends a line to the case's timeline. Free texts and
 * files are encrypted here, bound to their row.
 */
@Service
public class CaseFiles {

	/**
	 * The need-to-know rule of {@link AccessPolicy#inScope} for the database: the case's
	 * owner, the workers assigned to its person, the supervisors of its cell.
	 */
	static final String SCOPE = " (? = true and (c.owner_id = ? or (? = true and c.organisation_id = ?)"
			+ " or exists (select 1 from mnr_person_assignment a where a.person_id = c.person_id and a.user_id = ?))) ";

	static final int PAGE = 50;

	static final int MAX_TEXT = 20_000;

	static final int MAX_SHORT = 1_000;

	static final long MAX_ATTACHMENT = 10L * 1024 * 1024;

	/** A case with nothing recorded for this long is listed as dormant. */
	static final Duration DORMANT = Duration.ofDays(30);

	static final List<String> VIEWS = List.of("mes", "cellule", "risque", "dormants");

	private static final Pattern CASE_CODE = Pattern.compile("MNR-\\d{4}-[A-Z]{2,6}-D\\d{5}");

	private static final Pattern PERSON_CODE = Pattern.compile("MNR-\\d{4}-[A-Z]{2,6}-\\d{5}");

	private final CaseFileRepository cases;

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final CaseworkFiles files;

	private final PersonNames people;

	private final AccessPolicy policy;

	private final CaseworkAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFiles(CaseFileRepository cases, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, FieldCipher cipher,
			CaseworkFiles files, PersonNames people, AccessPolicy policy, CaseworkAudit audit,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.files = files;
		this.people = people;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- opening

	/**
	 * Opens the case file of a concluded screening (once: a second event for the same
	 * screening finds the file already open). Joins the screening's transaction, so the
	 * outcome and the file commit or fail together. The case worker is assigned to the
	 * person record, so that they read it.
	 * @return the case code
	 */
	@CaseworkTransactional
	public String open(ScreeningConcluded concluded) {
		return cases.findByScreeningRef(concluded.screeningRef())
			.map(CaseFile::getCode)
			.orElseGet(() -> open(concluded.screeningRef(), concluded.alertRef(), concluded.personId(),
					concluded.actual(), concluded.child(), concluded.sexualExploitation(), concluded.caseWorkerId(),
					concluded.organisationId(), concluded.concludedAt()));
	}

	private String open(@Nullable String screeningRef, @Nullable String alertRef, long personId, boolean actual,
			boolean child, boolean sexualExploitation, long ownerId, long organisationId, Instant at) {
		Named person = people.of(personId).orElseThrow(() -> new IllegalStateException("no person " + personId));
		String organisationCode = jdbc
			.queryForList("select code from mnr_organisation where id = ?", String.class, organisationId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no organisation " + organisationId));
		String owner = userName(ownerId);
		CaseFile file = new CaseFile(nextCode(organisationCode), personId, organisationId, ownerId, screeningRef,
				alertRef, actual, child || person.child(), sexualExploitation, at);
		cases.saveAndFlush(file);
		Integer assigned = jdbc.queryForObject(
				"select count(*) from mnr_person p where p.id = ? and (p.owner_id = ? or exists (select 1 from"
						+ " mnr_person_assignment a where a.person_id = p.id and a.user_id = ?))",
				Integer.class, personId, ownerId, ownerId);
		if (assigned == null || assigned == 0) {
			jdbc.update("insert into mnr_person_assignment (person_id, user_id) values (?, ?)", personId, ownerId);
		}
		append(file, ownerId, owner, CaseEventKind.OPENED, file.getVictimStatus().name(), at);
		audit.record(AuditEvent.of(AuditAction.CREATE, "case", file.getCode(),
				"dossier ouvert" + (screeningRef == null ? "" : " (entretien " + screeningRef + ")")));
		return file.getCode();
	}

	/**
	 * Opens a case without a screening: the demo's cases only (H1's screenings publish
	 * {@link ScreeningConcluded} instead).
	 */
	@CaseworkTransactional
	String openWithoutScreening(long personId, boolean actual, boolean child, boolean sexualExploitation,
			Caseworker owner) {
		return open(null, null, personId, actual, child, sexualExploitation, owner.userId(), owner.organisationId(),
				clock.instant());
	}

	/**
	 * The code of the next case of this organisation and year:
	 * {@code MNR-2026-POR-D00042} (a person's code has no {@code D}); numbers are never
	 * reused.
	 */
	private String nextCode(String organisationCode) {
		String cell = organisationCode.substring(organisationCode.lastIndexOf('-') + 1)
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z]", "");
		if (cell.length() < 2) {
			cell = "MNR";
		}
		cell = cell.substring(0, Math.min(cell.length(), 6));
		String prefix = "MNR-" + LocalDate.now(clock).getYear() + "-" + cell + "-D";
		List<Integer> last = jdbc.queryForList("select last_value from mnr_code_counter where prefix = ? for update",
				Integer.class, prefix);
		int next;
		if (last.isEmpty()) {
			next = 1;
			jdbc.update("insert into mnr_code_counter (prefix, last_value) values (?, ?)", prefix, next);
		}
		else {
			next = last.get(0) + 1;
			jdbc.update("update mnr_code_counter set last_value = ? where prefix = ?", next, prefix);
		}
		return prefix + String.format(Locale.ROOT, "%05d", next);
	}

	// ---- finding

	/** Where the case of this screening is read, if this user may read it; else 404. */
	@CaseworkTransactional(readOnly = true)
	public String codeOfScreening(Caseworker who, String screeningRef) {
		CaseFile file = cases.findByScreeningRef(screeningRef).orElseThrow(RecordNotFoundException::new);
		policy.require(who, scope(file));
		return file.getCode();
	}

	/** The case's scope, for break-the-glass; null if no case has this code. */
	@CaseworkTransactional(readOnly = true)
	public @Nullable RecordScope scopeOf(String code) {
		return cases.findByCode(code).map(this::scope).orElse(null);
	}

	/**
	 * One of the lists ({@link #VIEWS}), or a search when criteria are given: always
	 * within need-to-know, audited with the criteria's names, never their values.
	 */
	@CaseworkTransactional
	public Listing list(Caseworker who, @Nullable String ip, Criteria typed) {
		boolean supervisor = who.role() == CaseworkRole.SUPERVISEUR;
		List<String> views = supervisor ? VIEWS : VIEWS.stream().filter(v -> !"cellule".equals(v)).toList();
		String view = views.contains(typed.view()) ? typed.view() : (supervisor ? "cellule" : "mes");
		Criteria criteria = new Criteria(view, typed.query().strip(), typed.status(), typed.from(), typed.to(),
				typed.region());
		ListScope scope = AccessPolicy.listScope(who);
		List<Object> arguments = new ArrayList<>(List.of(scope.readsRecords(), scope.userId(), scope.supervisor(),
				scope.organisationId(), scope.userId()));
		StringBuilder where = new StringBuilder(
				" from mnr_case c join mnr_organisation o on o.id = c.organisation_id" + " where")
			.append(SCOPE);
		List<String> searchedBy = new ArrayList<>();
		String error = null;
		if (criteria.searched()) {
			String q = criteria.query();
			String upper = q.toUpperCase(Locale.ROOT);
			if (!q.isEmpty()) {
				if (CASE_CODE.matcher(upper).matches()) {
					where.append(" and c.code = ?");
					arguments.add(upper);
					searchedBy.add("code du dossier");
				}
				else if (PERSON_CODE.matcher(upper).matches()) {
					where.append(" and c.person_id = ?");
					arguments.add(people.idOf(upper).orElse(-1L));
					searchedBy.add("code de la personne");
				}
				else {
					List<Long> ids = people.matching(q);
					boolean phone = q.chars().filter(Character::isDigit).count() >= 8;
					searchedBy.add(phone ? "téléphone" : "nom");
					if (ids.isEmpty()) {
						where.append(" and 1 = 0");
					}
					else {
						List<Long> capped = ids.subList(0, Math.min(ids.size(), 1000));
						where.append(" and c.person_id in (")
							.append(String.join(", ", capped.stream().map(id -> "?").toList()))
							.append(")");
						arguments.addAll(capped);
					}
				}
			}
			if (!criteria.status().isBlank()) {
				CaseStatus status = CaseStatus.parse(criteria.status()).orElse(null);
				if (status == null) {
					error = "mnr.case.search.error.status";
				}
				else {
					where.append(" and c.cas_status = ?");
					arguments.add(status.htcds());
					searchedBy.add("statut");
				}
			}
			LocalDate from = date(criteria.from());
			LocalDate to = date(criteria.to());
			if ((!criteria.from().isBlank() && from == null) || (!criteria.to().isBlank() && to == null)
					|| (from != null && to != null && to.isBefore(from))) {
				error = "mnr.case.search.error.period";
			}
			else {
				ZoneId zone = clock.getZone();
				if (from != null) {
					where.append(" and c.opened_at >= ?");
					arguments.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
				}
				if (to != null) {
					where.append(" and c.opened_at < ?");
					arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
				}
				if (from != null || to != null) {
					searchedBy.add("période d’ouverture");
				}
			}
			if (!criteria.region().isBlank()) {
				where.append(" and o.region = ?");
				arguments.add(criteria.region());
				searchedBy.add("région");
			}
		}
		else {
			switch (view) {
				case "cellule" -> {
					where.append(" and c.organisation_id = ?");
					arguments.add(who.organisationId());
				}
				case "risque" -> where.append(" and c.risk_level = 'HIGH' and c.cas_status in ('Active', 'FollowUp')");
				case "dormants" -> {
					where.append(" and c.last_activity_at < ? and c.cas_status in ('Active', 'FollowUp')");
					arguments.add(Timestamp.from(clock.instant().minus(DORMANT)));
				}
				default -> {
					where.append(" and (c.owner_id = ? or exists (select 1 from mnr_person_assignment a"
							+ " where a.person_id = c.person_id and a.user_id = ?))");
					arguments.add(who.userId());
					arguments.add(who.userId());
				}
			}
		}
		List<Long> ids = error != null ? List.of()
				: jdbc.queryForList(
						"select c.id" + where + " order by c.last_activity_at desc, c.id desc limit " + PAGE,
						Long.class, arguments.toArray());
		long total = 0;
		if (error == null) {
			Long count = jdbc.queryForObject("select count(*)" + where, Long.class, arguments.toArray());
			total = count == null ? 0 : count;
		}
		audit.record(who, ip,
				AuditEvent.of(criteria.searched() ? AuditAction.SEARCH : AuditAction.LIST, "case-list", null,
						(criteria.searched() ? "recherche de dossiers par " + String.join(", ", searchedBy)
								: "dossiers : " + view) + " (" + ids.size() + " résultat" + (ids.size() > 1 ? "s" : "")
								+ ")"));
		return new Listing(summaries(ids), total, criteria, views, regions(), error);
	}

	/** One query for the cells and owners of a page of cases, one for its people. */
	private List<Summary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CaseFile> byId = new LinkedHashMap<>();
		cases.findAllById(ids).forEach(file -> byId.put(file.getId(), file));
		Map<Long, String[]> labels = new HashMap<>();
		jdbc.query(
				"select c.id, o.code, u.display_name from mnr_case c join mnr_organisation o on o.id = c.organisation_id"
						+ " join mnr_user u on u.id = c.owner_id where c.id in ("
						+ String.join(", ", ids.stream().map(id -> "?").toList()) + ")",
				rs -> {
					labels.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
				}, ids.toArray());
		Map<Long, Named> named = people
			.of(byId.values().stream().map(CaseFile::getPersonId).collect(java.util.stream.Collectors.toSet()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).map(file -> {
			Named person = named.get(file.getPersonId());
			boolean hidden = file.protectsName() || (person != null && person.child());
			String name = person == null ? "—" : hidden ? person.initials() : person.name();
			String[] label = labels.getOrDefault(file.getId(), new String[] { "", "" });
			return new Summary(file.getCode(), name, hidden, file.getStatus(), file.getVictimStatus(), file.isChild(),
					file.getRiskLevel(), label[0], label[1], file.getOpenedAt(), file.getLastActivityAt());
		}).toList();
	}

	/** The regions of the cells and the DLTP, for the search's choice list. */
	private List<String> regions() {
		return jdbc.queryForList("select distinct region from mnr_organisation where kind in ('DLTP',"
				+ " 'CELLULE_REGIONALE') and region <> '' order by region", String.class);
	}

	// ---- reading

	/**
	 * The whole case, if this user may see it; else 404. A hidden name is shown with
	 * {@code reveal} only: audited, and appended to the timeline.
	 */
	@CaseworkTransactional
	public Details view(Caseworker who, @Nullable String ip, String code, boolean reveal, String section) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "case", code, section).through(access.grantRef()));
		if (access.breakGlass() && access.grantRef() != null) {
			Integer seen = jdbc.queryForObject(
					"select count(*) from mnr_case_event where case_id = ? and kind = ? and detail = ?", Integer.class,
					file.getId(), CaseEventKind.BREAK_GLASS_READ.name(), access.grantRef());
			if (seen == null || seen == 0) {
				append(file, who.userId(), who.displayName() + " (" + who.organisationCode() + ")",
						CaseEventKind.BREAK_GLASS_READ, access.grantRef(), clock.instant());
			}
		}
		Named person = people.of(file.getPersonId()).orElseThrow(RecordNotFoundException::new);
		boolean protectedName = file.protectsName() || person.child();
		if (protectedName && reveal) {
			audit.record(who, ip,
					AuditEvent.of(AuditAction.REVEAL, "case", code, "nom masqué affiché").through(access.grantRef()));
			append(file, who.userId(), who.displayName(), CaseEventKind.NAME_REVEALED, "case", clock.instant());
		}
		return details(file, person, access, who, protectedName && !reveal, protectedName);
	}

	/** An attachment, decrypted, if this user may see the case; else 404. */
	@CaseworkTransactional
	public Download attachment(Caseworker who, @Nullable String ip, String code, String ref) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		List<Download> found = jdbc.query(
				"select ref, file_ref, file_name, content_type from mnr_case_attachment where case_id = ? and ref = ?",
				(rs, row) -> new Download(
						decrypt(rs.getBytes("file_name"), "mnr_case_attachment", "file_name", rs.getString("ref")),
						rs.getString("content_type"), files.read(rs.getString("file_ref"))),
				file.getId(), ref);
		if (found.isEmpty()) {
			throw new RecordNotFoundException();
		}
		audit.record(who, ip,
				AuditEvent.of(AuditAction.VIEW, "case", code, "pièce jointe " + ref).through(access.grantRef()));
		return found.get(0);
	}

	/** A file to send: its name, its checked type, its content. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	// ---- changing

	/** What a save gives: done, refused (errors by field) or lost to another save. */
	public record Outcome(boolean saved, boolean conflict, Map<String, String> errors) {

		static final Outcome SAVED = new Outcome(true, false, Map.of());

		static final Outcome CONFLICT = new Outcome(false, true, Map.of());

		static Outcome refused(Map<String, String> errors) {
			return new Outcome(false, false, Map.copyOf(errors));
		}

		static Outcome refused(String field, String messageKey) {
			return refused(Map.of(field, messageKey));
		}

	}

	@CaseworkTransactional
	public Outcome changeStatus(Caseworker who, @Nullable String ip, String code, StatusForm form) {
		CaseFile file = editable(who, code);
		CaseStatus next = CaseStatus.parse(CaseForms.text(form.status())).orElse(null);
		if (next == null) {
			return Outcome.refused("status", "mnr.case.error.status.unknown");
		}
		String reason = CaseForms.text(form.reason()).strip();
		if (reason.length() > MAX_SHORT) {
			return Outcome.refused("reason", "mnr.case.error.tooLong");
		}
		if (stale(file, form.version())) {
			return conflict(who, ip, code);
		}
		CaseStatus previous = file.getStatus();
		try {
			file.changeStatus(next, who.role() == CaseworkRole.SUPERVISEUR,
					reason.isEmpty() ? null : cipher.encrypt(reason, binding(file, "cas_reason_for_closure")), clock);
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("status", refusal.messageKey());
		}
		cases.saveAndFlush(file);
		append(file, who, CaseEventKind.STATUS_CHANGED, previous.name() + "|" + next.name());
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "case", code, "cas_Status"));
		return Outcome.SAVED;
	}

	@CaseworkTransactional
	public Outcome assessRisk(Caseworker who, @Nullable String ip, String code, RiskForm form) {
		CaseFile file = editable(who, code);
		Map<String, String> errors = new LinkedHashMap<>();
		RiskLevel danger = level(form.danger(), "danger", errors);
		RiskLevel proximity = level(form.proximity(), "proximity", errors);
		RiskLevel retrafficking = level(form.retrafficking(), "retrafficking", errors);
		String note = CaseForms.text(form.note()).strip();
		if (note.length() > MAX_TEXT) {
			errors.put("riskNote", "mnr.case.error.tooLong");
		}
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		if (stale(file, form.version())) {
			return conflict(who, ip, code);
		}
		try {
			RiskLevel level = file.assessRisk(danger, proximity, retrafficking,
					note.isEmpty() ? null : cipher.encrypt(note, binding(file, "risk_note")), clock);
			cases.saveAndFlush(file);
			append(file, who, CaseEventKind.RISK_ASSESSED, level.name());
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("danger", refusal.messageKey());
		}
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "case", code, "évaluation des risques"));
		return Outcome.SAVED;
	}

	@CaseworkTransactional
	public Outcome recordNeeds(Caseworker who, @Nullable String ip, String code, NeedsForm form) {
		CaseFile file = editable(who, code);
		String note = CaseForms.text(form.note()).strip();
		if (note.length() > MAX_TEXT) {
			return Outcome.refused("needsNote", "mnr.case.error.tooLong");
		}
		if (stale(file, form.version())) {
			return conflict(who, ip, code);
		}
		try {
			file.recordNeeds(NeedsForm.on(form.medical()), NeedsForm.on(form.shelter()), NeedsForm.on(form.food()),
					NeedsForm.on(form.safety()), NeedsForm.on(form.psychosocial()), NeedsForm.on(form.legal()),
					note.isEmpty() ? null : cipher.encrypt(note, binding(file, "needs_note")), clock);
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("needsNote", refusal.messageKey());
		}
		cases.saveAndFlush(file);
		append(file, who, CaseEventKind.NEEDS_UPDATED, "");
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "case", code, "besoins immédiats"));
		return Outcome.SAVED;
	}

	@CaseworkTransactional
	public Outcome recordChildProtection(Caseworker who, @Nullable String ip, String code, ChildForm form) {
		CaseFile file = editable(who, code);
		Map<String, String> errors = new LinkedHashMap<>();
		String bestInterests = CaseForms.text(form.bestInterests()).strip();
		String guardian = CaseForms.text(form.guardian()).strip();
		if (bestInterests.length() > MAX_TEXT) {
			errors.put("bestInterests", "mnr.case.error.tooLong");
		}
		if (guardian.length() > MAX_SHORT) {
			errors.put("guardian", "mnr.case.error.tooLong");
		}
		LocalDate assessedOn = null;
		if (!CaseForms.text(form.assessedOn()).isBlank()) {
			assessedOn = date(form.assessedOn());
			if (assessedOn == null || assessedOn.isAfter(LocalDate.now(clock))) {
				errors.put("assessedOn", "mnr.case.error.date");
			}
		}
		FamilyTracing tracing = FamilyTracing.parse(form.tracing()).orElse(null);
		if (tracing == null) {
			errors.put("tracing", "mnr.case.error.choose");
		}
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		if (stale(file, form.version())) {
			return conflict(who, ip, code);
		}
		try {
			file.recordChildProtection(
					bestInterests.isEmpty() ? null
							: cipher.encrypt(bestInterests, binding(file, "child_best_interests")),
					assessedOn, guardian.isEmpty() ? null : cipher.encrypt(guardian, binding(file, "child_guardian")),
					tracing, clock);
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("bestInterests", refusal.messageKey());
		}
		cases.saveAndFlush(file);
		append(file, who, CaseEventKind.CHILD_PROTECTION_UPDATED, tracing.name());
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "case", code, "protection de l’enfant"));
		return Outcome.SAVED;
	}

	/** Notes are appended, never changed: no conflict is possible. */
	@CaseworkTransactional
	public Outcome addNote(Caseworker who, @Nullable String ip, String code, CaseForms.NoteForm form) {
		CaseFile file = editable(who, code);
		String text = CaseForms.text(form.text()).strip();
		if (text.isEmpty()) {
			return Outcome.refused("note", "mnr.case.error.note.empty");
		}
		if (text.length() > MAX_TEXT) {
			return Outcome.refused("note", "mnr.case.error.tooLong");
		}
		try {
			file.requireOpenForAppending();
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("note", refusal.messageKey());
		}
		String ref = newRef();
		jdbc.update("insert into mnr_case_note (ref, case_id, body, author_id, created_at) values (?, ?, ?, ?, ?)", ref,
				file.getId(), cipher.encrypt(text, new FieldBinding("mnr_case_note", "body", ref)), who.userId(),
				Timestamp.from(clock.instant()));
		append(file, who, CaseEventKind.NOTE_ADDED, "");
		audit.record(who, ip, AuditEvent.of(AuditAction.CREATE, "case", code, "note " + ref));
		return Outcome.SAVED;
	}

	/**
	 * Stores a PDF, JPEG or PNG file (checked by content, not by name), encrypted.
	 */
	@CaseworkTransactional
	public Outcome attach(Caseworker who, @Nullable String ip, String code, @Nullable String fileName,
			@Nullable String description, byte @Nullable [] content) {
		CaseFile file = editable(who, code);
		if (content == null || content.length == 0) {
			return Outcome.refused("file", "mnr.case.error.file.empty");
		}
		if (content.length > MAX_ATTACHMENT) {
			return Outcome.refused("file", "mnr.case.error.file.size");
		}
		String type = contentType(content);
		if (type == null) {
			return Outcome.refused("file", "mnr.case.error.file.type");
		}
		String text = CaseForms.text(description).strip();
		if (text.length() > MAX_SHORT) {
			return Outcome.refused("description", "mnr.case.error.tooLong");
		}
		try {
			file.requireOpenForAppending();
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("file", refusal.messageKey());
		}
		String name = cleanFileName(fileName, type);
		String ref = newRef();
		String stored = files.store(content);
		jdbc.update(
				"insert into mnr_case_attachment (ref, case_id, file_ref, file_name, description, content_type,"
						+ " size_bytes, author_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ref, file.getId(), stored,
				cipher.encrypt(name, new FieldBinding("mnr_case_attachment", "file_name", ref)),
				text.isEmpty() ? null
						: cipher.encrypt(text, new FieldBinding("mnr_case_attachment", "description", ref)),
				type, content.length, who.userId(), Timestamp.from(clock.instant()));
		append(file, who, CaseEventKind.ATTACHMENT_ADDED, type);
		audit.record(who, ip, AuditEvent.of(AuditAction.CREATE, "case", code, "pièce jointe " + ref));
		return Outcome.SAVED;
	}

	/** Perpetrator information: roles from the HTCDS list, details encrypted. */
	@CaseworkTransactional
	public Outcome addPerpetrator(Caseworker who, @Nullable String ip, String code, PerpetratorForm form) {
		CaseFile file = editable(who, code);
		Set<PerpetratorRole> roles = new LinkedHashSet<>();
		for (String value : form.roles() == null ? List.<String>of() : form.roles()) {
			PerpetratorRole.parse(value).ifPresent(roles::add);
		}
		String details = CaseForms.text(form.details()).strip();
		Map<String, String> errors = new LinkedHashMap<>();
		if (roles.isEmpty()) {
			errors.put("roles", "mnr.case.error.perpetrator.roles");
		}
		if (details.length() > MAX_SHORT) {
			errors.put("perpetratorDetails", "mnr.case.error.tooLong");
		}
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		try {
			file.requireOpenForAppending();
		}
		catch (CaseFile.Refusal refusal) {
			return Outcome.refused("roles", refusal.messageKey());
		}
		String ref = newRef();
		jdbc.update(
				"insert into mnr_case_perpetrator (ref, case_id, per_role_in_process, per_role_details, author_id,"
						+ " created_at) values (?, ?, ?, ?, ?, ?)",
				ref, file.getId(), String.join(" ", roles.stream().map(Enum::name).toList()),
				details.isEmpty() ? null
						: cipher.encrypt(details, new FieldBinding("mnr_case_perpetrator", "per_role_details", ref)),
				who.userId(), Timestamp.from(clock.instant()));
		append(file, who, CaseEventKind.PERPETRATOR_ADDED, "");
		audit.record(who, ip, AuditEvent.of(AuditAction.CREATE, "case", code, "auteur présumé " + ref));
		return Outcome.SAVED;
	}

	private Outcome conflict(Caseworker who, @Nullable String ip, String code) {
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "case", code, "version enregistrée (conflit)"));
		return Outcome.CONFLICT;
	}

	private static boolean stale(CaseFile file, @Nullable Long version) {
		return version == null || version != file.getVersion();
	}

	/** In scope (a break-the-glass access only reads) and allowed to change records. */
	private CaseFile editable(Caseworker who, String code) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		if (access.breakGlass() || !who.may(CaseworkPermission.PERSON_EDIT)) {
			throw new RecordNotFoundException();
		}
		return file;
	}

	// ---- name protection, for the person pages

	@CaseworkTransactional(readOnly = true)
	boolean protectsPerson(long personId) {
		Integer count = jdbc.queryForObject(
				"select count(*) from mnr_case where person_id = ? and (is_child = true or sexual_exploitation = true)",
				Integer.class, personId);
		return count != null && count > 0;
	}

	@CaseworkTransactional
	void personNameRevealed(Caseworker who, long personId) {
		for (CaseFile file : jdbc
			.queryForList("select id from mnr_case where person_id = ? order by id", Long.class, personId)
			.stream()
			.map(cases::findById)
			.flatMap(java.util.Optional::stream)
			.toList()) {
			append(file, who, CaseEventKind.NAME_REVEALED, "person");
		}
	}

	// ---- for the referrals

	/**
	 * What a referral needs of a case: the case must be in this user's scope (not through
	 * break-the-glass, which only reads) and open; else 404, or a closed case says so.
	 */
	@CaseworkTransactional(readOnly = true)
	public CaseViews.ForReferral forReferral(Caseworker who, String code) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		if (access.breakGlass()) {
			throw new RecordNotFoundException();
		}
		return facts(file);
	}

	/**
	 * What a referral shows of its case to the provider (codes and flags): no check here,
	 * the referral's own rule (addressed to the provider's organisation) was applied.
	 */
	@CaseworkTransactional(readOnly = true)
	public CaseViews.ForReferral facts(long caseId) {
		return facts(cases.findById(caseId).orElseThrow(RecordNotFoundException::new));
	}

	private CaseViews.ForReferral facts(CaseFile file) {
		String region = jdbc.queryForObject("select region from mnr_organisation where id = ?", String.class,
				file.getOrganisationId());
		List<String> needs = new ArrayList<>();
		if (file.isNeedsMedical()) {
			needs.add("mnr.case.needs.medical");
		}
		if (file.isNeedsShelter()) {
			needs.add("mnr.case.needs.shelter");
		}
		if (file.isNeedsFood()) {
			needs.add("mnr.case.needs.food");
		}
		if (file.isNeedsSafety()) {
			needs.add("mnr.case.needs.safety");
		}
		if (file.isNeedsPsychosocial()) {
			needs.add("mnr.case.needs.psychosocial");
		}
		if (file.isNeedsLegal()) {
			needs.add("mnr.case.needs.legal");
		}
		return new CaseViews.ForReferral(file.getId(), file.getCode(), file.getPersonId(), file.getOrganisationId(),
				region == null ? "" : region, file.isChild(), file.getStatus().open(), file.getRiskLevel(), needs);
	}

	// ---- for the transfers of responsibility

	/** Who holds a case and where, for a transfer. */
	public record Holder(long caseId, String code, long ownerId, long organisationId, boolean open) {
	}

	/**
	 * A case whose transfer this user may ask for: its owner, or a supervisor of its cell
	 * (not through break-the-glass); else 404.
	 */
	@CaseworkTransactional(readOnly = true)
	public Holder forTransfer(Caseworker who, String code) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		boolean owner = file.getOwnerId() == who.userId();
		boolean supervisor = who.role() == org.cohesion.portal.casework.staff.CaseworkRole.SUPERVISEUR
				&& file.getOrganisationId() == who.organisationId();
		if (!AccessPolicy.inScope(who, scope(file)) || !(owner || supervisor)) {
			throw new RecordNotFoundException();
		}
		return holder(file);
	}

	/** The holder of the case of this id (no check: the caller made its own). */
	@CaseworkTransactional(readOnly = true)
	public Holder holder(long caseId) {
		return holder(cases.findById(caseId).orElseThrow(RecordNotFoundException::new));
	}

	private static Holder holder(CaseFile file) {
		return new Holder(Objects.requireNonNull(file.getId()), file.getCode(), file.getOwnerId(),
				file.getOrganisationId(), file.getStatus().open());
	}

	/**
	 * An accepted transfer: the case gets its new owner and cell (optimistic locking on
	 * the case), the person record follows it (the former owner's assignment passes to
	 * the new owner) and the timeline says so. Returns the message key of a refusal, or
	 * null.
	 */
	@CaseworkTransactional
	public @Nullable String handOver(long caseId, long expectedOwnerId, long newOwnerId, long newOrganisationId,
			Caseworker who, String detail) {
		CaseFile file = cases.findById(caseId).orElseThrow(RecordNotFoundException::new);
		if (file.getOwnerId() != expectedOwnerId) {
			return "mnr.transfer.refused.ownerChanged";
		}
		try {
			file.handOver(newOwnerId, newOrganisationId, clock);
		}
		catch (CaseFile.Refusal refusal) {
			return refusal.messageKey();
		}
		cases.saveAndFlush(file);
		jdbc.update("delete from mnr_person_assignment where person_id = ? and user_id = ?", file.getPersonId(),
				expectedOwnerId);
		if (jdbc.queryForObject("select count(*) from mnr_person_assignment where person_id = ? and user_id = ?",
				Integer.class, file.getPersonId(), newOwnerId) == 0) {
			jdbc.update("insert into mnr_person_assignment (person_id, user_id) values (?, ?)", file.getPersonId(),
					newOwnerId);
		}
		append(file, who, CaseEventKind.TRANSFER_ACCEPTED, detail);
		return null;
	}

	/**
	 * The case of this id, for a referral's timeline line (no check: the caller made it).
	 */
	@CaseworkTransactional
	public void referralEvent(long caseId, Caseworker who, CaseEventKind kind, String detail) {
		cases.findById(caseId).ifPresent(file -> append(file, who, kind, detail));
	}

	/**
	 * Two records of one person were merged: the merged record's cases now hang on the
	 * survivor, and their timelines say so.
	 */
	@org.springframework.context.event.EventListener
	@CaseworkTransactional
	public void personsMerged(org.cohesion.portal.casework.person.PersonsMerged merged) {
		List<Long> moved = jdbc.queryForList("select id from mnr_case where person_id = ?", Long.class,
				merged.mergedId());
		jdbc.update("update mnr_case set person_id = ? where person_id = ?", merged.survivorId(), merged.mergedId());
		for (Long id : moved) {
			cases.findById(id)
				.ifPresent(file -> append(file, merged.mergedBy(), userName(merged.mergedBy()),
						CaseEventKind.PERSON_MERGED, "", merged.mergedAt()));
		}
	}

	// ---- for the closure and the reintegration (packages closure and reintegration)

	/**
	 * What the closure and reintegration pages need of a case for this user: whether they
	 * may change it (in scope, not through break-the-glass, allowed to edit), whether
	 * they own it or supervise its cell, its status, risk and version.
	 */
	public record Standing(long caseId, String code, long ownerId, long organisationId, CaseStatus status,
			boolean editable, boolean owner, boolean cellSupervisor, CaseViews.Risk risk, long version) {

		public boolean open() {
			return status.open();
		}

	}

	/**
	 * The case as the closure and reintegration pages see it, if this user may read it
	 * (not through break-the-glass: those pages are for the people working the case);
	 * else 404. The caller audits its own read.
	 */
	@CaseworkTransactional(readOnly = true)
	public Standing standing(Caseworker who, String code) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		if (access.breakGlass()) {
			throw new RecordNotFoundException();
		}
		return standing(file, who);
	}

	/** The standing of the case of this id (no scope check: the caller made its own). */
	@CaseworkTransactional(readOnly = true)
	public Standing standing(long caseId, Caseworker who) {
		return standing(cases.findById(caseId).orElseThrow(RecordNotFoundException::new), who);
	}

	private Standing standing(CaseFile file, Caseworker who) {
		CaseViews.Risk risk = new CaseViews.Risk(file.getRiskLevel(), file.getRiskDanger(), file.getRiskProximity(),
				file.getRiskRetrafficking(), decrypt(file, "risk_note", file.getRiskNote()), file.getRiskAssessedAt());
		return new Standing(Objects.requireNonNull(file.getId()), file.getCode(), file.getOwnerId(),
				file.getOrganisationId(), file.getStatus(), who.may(CaseworkPermission.PERSON_EDIT),
				file.getOwnerId() == who.userId(),
				who.role() == CaseworkRole.SUPERVISEUR && file.getOrganisationId() == who.organisationId(), risk,
				file.getVersion());
	}

	/**
	 * An approved closure: the case closes ({@code Closed} or {@code ClosedReferred})
	 * with its HTCDS reason, encrypted here and bound to the case; the timeline says who
	 * approved and the reason's category. The case's version is checked (optimistic
	 * locking). Returns the message key of a refusal, or null.
	 */
	@CaseworkTransactional
	public @Nullable String closeApproved(long caseId, long expectedVersion, CaseStatus closed, String reason,
			Caseworker who, String category) {
		CaseFile file = cases.findById(caseId).orElseThrow(RecordNotFoundException::new);
		if (file.getVersion() != expectedVersion) {
			return "mnr.closure.refused.caseChanged";
		}
		try {
			file.close(closed,
					reason.isBlank() ? null : cipher.encrypt(reason, binding(file, "cas_reason_for_closure")), clock);
		}
		catch (CaseFile.Refusal refusal) {
			return refusal.messageKey();
		}
		cases.saveAndFlush(file);
		append(file, who, CaseEventKind.CLOSURE_APPROVED, category);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case", file.getCode(), "cas_Status (clôture approuvée)"));
		events.publishEvent(new CaseClosed(caseId, file.getCode(), who));
		return null;
	}

	/**
	 * A supervisor reopens a closed case (the reason is kept by the closure package). The
	 * case's version is checked. Returns the message key of a refusal, or null.
	 */
	@CaseworkTransactional
	public @Nullable String reopen(long caseId, long expectedVersion, Caseworker who) {
		CaseFile file = cases.findById(caseId).orElseThrow(RecordNotFoundException::new);
		if (file.getVersion() != expectedVersion) {
			return "mnr.closure.refused.caseChanged";
		}
		try {
			file.reopen(who.role() == CaseworkRole.SUPERVISEUR && who.may(CaseworkPermission.CASE_CLOSE_APPROVE)
					&& file.getOrganisationId() == who.organisationId(), clock);
		}
		catch (CaseFile.Refusal refusal) {
			return refusal.messageKey();
		}
		cases.saveAndFlush(file);
		append(file, who, CaseEventKind.CASE_REOPENED, "");
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case", file.getCode(), "cas_Status (réouverture)"));
		return null;
	}

	/** A risk assessment of the timeline: when, by whom, which level. */
	public record RiskAssessed(Instant at, String actor, RiskLevel level) {
	}

	/** The case's risk assessments, newest first, from its timeline (no check here). */
	@CaseworkTransactional(readOnly = true)
	public List<RiskAssessed> riskHistory(long caseId) {
		return jdbc.query(
				"select at, actor, detail from mnr_case_event where case_id = ? and kind = ? order by at desc, id desc",
				(rs, row) -> new RiskAssessed(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						RiskLevel.valueOf(rs.getString("detail"))),
				caseId, CaseEventKind.RISK_ASSESSED.name());
	}

	// ---- for the prosecutor's case file (casework.dossier): a read, and the print's
	// timeline lines

	/**
	 * What the printed case file takes from the case: its whole view (the name hidden
	 * when protected) and, apart, the person's name, shown only when the printer ticks
	 * it.
	 */
	public record ForDossier(long caseId, long personId, @Nullable String screeningRef, String fullName,
			Details details, List<DossierNote> notes) {
	}

	/** A note with its reference, so that the printer may choose it. */
	public record DossierNote(String ref, Instant at, String author, String text) {
	}

	/**
	 * The case for its printed file, if this user may print it: allowed to
	 * ({@link CaseworkPermission#CASE_EXPORT}) and the case's owner or a supervisor of
	 * its cell, in scope and not through break-the-glass; else 404. No audit here: the
	 * caller audits the print.
	 */
	@CaseworkTransactional(readOnly = true)
	public ForDossier forDossier(Caseworker who, String code) {
		CaseFile file = cases.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(file));
		boolean owner = file.getOwnerId() == who.userId();
		boolean supervisor = who.role() == CaseworkRole.SUPERVISEUR && file.getOrganisationId() == who.organisationId();
		if (access.breakGlass() || !who.may(CaseworkPermission.CASE_EXPORT) || !(owner || supervisor)) {
			throw new RecordNotFoundException();
		}
		Named person = people.of(file.getPersonId()).orElseThrow(RecordNotFoundException::new);
		boolean protectedName = file.protectsName() || person.child();
		List<DossierNote> notes = jdbc.query(
				"select n.ref, n.body, n.created_at, u.display_name from mnr_case_note n join mnr_user u"
						+ " on u.id = n.author_id where n.case_id = ? order by n.created_at, n.id",
				(rs, row) -> new DossierNote(rs.getString("ref"), rs.getTimestamp("created_at").toInstant(),
						rs.getString("display_name"),
						decrypt(rs.getBytes("body"), "mnr_case_note", "body", rs.getString("ref"))),
				file.getId());
		return new ForDossier(Objects.requireNonNull(file.getId()), file.getPersonId(), file.getScreeningRef(),
				person.name(), details(file, person, access, who, protectedName, protectedName), notes);
	}

	/**
	 * The print on the case's timeline, with its reference only; and, when the printer
	 * chose to show a hidden name, that too.
	 */
	@CaseworkTransactional
	public void dossierPrinted(long caseId, Caseworker who, String printRef, boolean nameShown) {
		cases.findById(caseId).ifPresent(file -> {
			append(file, who, CaseEventKind.CASE_FILE_PRINTED, printRef);
			if (nameShown) {
				append(file, who, CaseEventKind.NAME_REVEALED, "dossier");
			}
		});
	}

	// ---- timeline

	private void append(CaseFile file, Caseworker who, CaseEventKind kind, String detail) {
		append(file, who.userId(), who.displayName(), kind, detail, clock.instant());
	}

	/** A timeline line; the case is active again (not dormant). */
	private void append(CaseFile file, @Nullable Long actorId, String actor, CaseEventKind kind, String detail,
			Instant at) {
		jdbc.update("insert into mnr_case_event (case_id, at, actor_id, actor, kind, detail) values (?, ?, ?, ?, ?, ?)",
				file.getId(), Timestamp.from(at), actorId, actor.length() > 120 ? actor.substring(0, 120) : actor,
				kind.name(), detail);
		if (kind != CaseEventKind.BREAK_GLASS_READ && kind != CaseEventKind.NAME_REVEALED
				&& kind != CaseEventKind.CASE_FILE_PRINTED) {
			jdbc.update("update mnr_case set last_activity_at = ? where id = ? and last_activity_at < ?",
					Timestamp.from(at), file.getId(), Timestamp.from(at));
		}
	}

	// ---- views

	RecordScope scope(CaseFile file) {
		Set<Long> assigned = new HashSet<>(jdbc.queryForList(
				"select user_id from mnr_person_assignment where person_id = ?", Long.class, file.getPersonId()));
		return new RecordScope(file.getCode(), file.getOwnerId(), assigned, file.getOrganisationId());
	}

	private Details details(CaseFile file, Named person, Access access, Caseworker who, boolean hidden,
			boolean protectedName) {
		Map<String, Object> organisation = jdbc
			.queryForMap("select code, name, region from mnr_organisation where id = ?", file.getOrganisationId());
		CaseViews.Risk risk = new CaseViews.Risk(file.getRiskLevel(), file.getRiskDanger(), file.getRiskProximity(),
				file.getRiskRetrafficking(), decrypt(file, "risk_note", file.getRiskNote()), file.getRiskAssessedAt());
		CaseViews.Needs needs = new CaseViews.Needs(file.isNeedsMedical(), file.isNeedsShelter(), file.isNeedsFood(),
				file.isNeedsSafety(), file.isNeedsPsychosocial(), file.isNeedsLegal(),
				decrypt(file, "needs_note", file.getNeedsNote()));
		CaseViews.ChildProtection child = file.isChild() ? new CaseViews.ChildProtection(
				decrypt(file, "child_best_interests", file.getChildBestInterests()), file.getChildBestInterestsOn(),
				decrypt(file, "child_guardian", file.getChildGuardian()), file.getChildFamilyTracing()) : null;
		List<CaseViews.Line> timeline = jdbc.query(
				"select at, actor, kind, detail from mnr_case_event where case_id = ? order by at desc, id desc",
				(rs, row) -> new CaseViews.Line(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						CaseEventKind.valueOf(rs.getString("kind")),
						argumentKeys(CaseEventKind.valueOf(rs.getString("kind")), rs.getString("detail"))),
				file.getId());
		List<CaseViews.Note> notes = jdbc.query(
				"select n.ref, n.body, n.created_at, u.display_name from mnr_case_note n join mnr_user u"
						+ " on u.id = n.author_id where n.case_id = ? order by n.created_at desc, n.id desc",
				(rs, row) -> new CaseViews.Note(rs.getTimestamp("created_at").toInstant(), rs.getString("display_name"),
						decrypt(rs.getBytes("body"), "mnr_case_note", "body", rs.getString("ref"))),
				file.getId());
		List<CaseViews.Attachment> attachments = jdbc.query(
				"select f.ref, f.file_name, f.description, f.content_type, f.size_bytes, f.created_at, u.display_name"
						+ " from mnr_case_attachment f join mnr_user u on u.id = f.author_id where f.case_id = ?"
						+ " order by f.created_at desc, f.id desc",
				(rs, row) -> new CaseViews.Attachment(rs.getString("ref"),
						decrypt(rs.getBytes("file_name"), "mnr_case_attachment", "file_name", rs.getString("ref")),
						decrypt(rs.getBytes("description"), "mnr_case_attachment", "description", rs.getString("ref")),
						rs.getString("content_type"), rs.getLong("size_bytes"),
						rs.getTimestamp("created_at").toInstant(), rs.getString("display_name")),
				file.getId());
		List<CaseViews.Perpetrator> perpetrators = jdbc.query(
				"select p.ref, p.per_role_in_process, p.per_role_details, p.created_at, u.display_name"
						+ " from mnr_case_perpetrator p join mnr_user u on u.id = p.author_id where p.case_id = ?"
						+ " order by p.created_at, p.id",
				(rs, row) -> new CaseViews.Perpetrator(
						Arrays.stream(rs.getString("per_role_in_process").split(" "))
							.map(PerpetratorRole::parse)
							.flatMap(java.util.Optional::stream)
							.toList(),
						decrypt(rs.getBytes("per_role_details"), "mnr_case_perpetrator", "per_role_details",
								rs.getString("ref")),
						rs.getTimestamp("created_at").toInstant(), rs.getString("display_name")),
				file.getId());
		boolean editable = !access.breakGlass() && who.may(CaseworkPermission.PERSON_EDIT);
		return new Details(file.getCode(), person.code(), hidden ? person.initials() : person.name(), person.initials(),
				hidden, protectedName, file.getStatus(),
				decrypt(file, "cas_reason_for_closure", file.getCasReasonForClosure()), file.getVictimStatus(),
				file.isChild(), file.isSexualExploitation(), (String) organisation.get("code"),
				(String) organisation.get("name"), (String) organisation.get("region"), userName(file.getOwnerId()),
				file.getOpenedAt(), file.getUpdatedAt(), file.getLastActivityAt(), file.getScreeningRef(), risk, needs,
				child, timeline, notes, attachments, perpetrators, file.getVersion(), editable,
				editable && who.role() == CaseworkRole.SUPERVISEUR, access.until(), access.reason());
	}

	/** The message keys of a timeline line's arguments (its detail holds codes only). */
	static List<String> argumentKeys(CaseEventKind kind, String detail) {
		List<String> codes = detail.isEmpty() ? List.of() : List.of(detail.split("\\|"));
		return switch (kind) {
			case OPENED -> codes.stream().map(code -> VictimStatus.valueOf(code).messageKey()).toList();
			case STATUS_CHANGED -> codes.stream().map(code -> CaseStatus.valueOf(code).messageKey()).toList();
			case RISK_ASSESSED -> codes.stream().map(code -> RiskLevel.valueOf(code).messageKey()).toList();
			case CHILD_PROTECTION_UPDATED ->
				codes.stream().map(code -> FamilyTracing.valueOf(code).messageKey()).toList();
			case ATTACHMENT_ADDED ->
				codes.stream().map(code -> "mnr.case.file.type." + code.substring(code.indexOf('/') + 1)).toList();
			case NAME_REVEALED -> codes.stream().map(code -> "mnr.case.event.where." + code).toList();
			case REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_REFUSED, REFERRAL_STARTED, REFERRAL_DONE,
					REFERRAL_REVOKED ->
				codes.stream().map(code -> "mnr.service.type." + code.toLowerCase(java.util.Locale.ROOT)).toList();
			case PLAN_ACTION_ADDED, PLAN_ACTION_DONE -> codes.stream().map(code -> "mnr.plan.type." + code).toList();
			case CLOSURE_REQUESTED, CLOSURE_APPROVED, CLOSURE_REJECTED, CLOSURE_WITHDRAWN ->
				codes.stream().map(code -> "mnr.closure.category." + code).toList();
			case REINTEGRATION_UPDATED -> codes.size() == 2
					? List.of("mnr.reintegration.dimension." + codes.get(0), "mnr.reintegration.status." + codes.get(1))
					: List.of();
			case RETURN_STEP_UPDATED -> codes.size() == 2
					? List.of("mnr.return.step." + codes.get(0), "mnr.return.status." + codes.get(1)) : List.of();
			default -> List.of();
		};
	}

	/** The form values as stored, for the case page's forms. */
	public static CaseForms.Editing stored(Details details) {
		CaseViews.Risk risk = details.risk();
		CaseViews.Needs needs = details.needs();
		CaseViews.ChildProtection child = details.childProtection();
		long version = details.version();
		return new CaseForms.Editing(new StatusForm(details.status().name(), "", version),
				new RiskForm(name(risk.danger()), name(risk.proximity()), name(risk.retrafficking()), risk.note(),
						version),
				new NeedsForm(needs.medical(), needs.shelter(), needs.food(), needs.safety(), needs.psychosocial(),
						needs.legal(), needs.note(), version),
				child == null ? new ChildForm("", "", "", FamilyTracing.TO_ASSESS.name(), version)
						: new ChildForm(child.bestInterests(),
								child.assessedOn() == null ? "" : child.assessedOn().toString(), child.guardian(),
								child.tracing() == null ? FamilyTracing.TO_ASSESS.name() : child.tracing().name(),
								version),
				new CaseForms.NoteForm(""), new PerpetratorForm(List.of(), ""), null, false, Map.of());
	}

	private static String name(@Nullable Enum<?> value) {
		return value == null ? "" : value.name();
	}

	private String decrypt(CaseFile file, String column, byte @Nullable [] ciphertext) {
		String value = cipher.decrypt(ciphertext, binding(file, column));
		return value == null ? "" : value;
	}

	private String decrypt(byte @Nullable [] ciphertext, String table, String column, String ref) {
		String value = cipher.decrypt(ciphertext, new FieldBinding(table, column, ref));
		return value == null ? "" : value;
	}

	static FieldBinding binding(CaseFile file, String column) {
		return new FieldBinding("mnr_case", column, file.getRef());
	}

	private String userName(long userId) {
		return jdbc.queryForList("select display_name from mnr_user where id = ?", String.class, userId)
			.stream()
			.findFirst()
			.orElse("");
	}

	private static RiskLevel level(@Nullable String value, String field, Map<String, String> errors) {
		return RiskLevel.parse(value).orElseGet(() -> {
			errors.put(field, "mnr.case.error.choose");
			return RiskLevel.LOW;
		});
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
		catch (java.time.format.DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.replace('.', '/').replace('-', '/'),
						java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
			}
			catch (java.time.format.DateTimeParseException again) {
				return null;
			}
		}
	}

	/** PDF, JPEG or PNG by their first bytes; anything else is refused. */
	static @Nullable String contentType(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return "application/pdf";
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "image/png";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	/**
	 * The name as sent, without a path or control characters, with the extension of its
	 * real type.
	 */
	static String cleanFileName(@Nullable String fileName, String type) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 120) {
			name = name.substring(name.length() - 120);
		}
		String extension = switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			name = "piece-jointe" + extension;
		}
		else if (!(lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg")))) {
			name = name + extension;
		}
		return name;
	}

	private static String newRef() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
