package org.cohesion.portal.casework.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.consent.ConsentRegister.Decided;
import org.cohesion.portal.casework.consent.ConsentRegister.Entry;
import org.cohesion.portal.casework.consent.ConsentViews.Line;
import org.cohesion.portal.casework.consent.ConsentViews.Option;
import org.cohesion.portal.casework.consent.ConsentViews.Page;
import org.cohesion.portal.casework.consent.ConsentViews.Refused;
import org.cohesion.portal.casework.consent.ConsentViews.Row;
import org.cohesion.portal.casework.crypto.CaseworkFiles;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.person.PersonDirectory;
import org.cohesion.portal.casework.person.PersonDirectory.Reached;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Consent, the published side: {@link #allows} is what every later step asks before it
 * acts (refer, share, report, trace, count). A withdrawal takes effect at once: the
 * answer is read from the database on each call, never cached. The page's use cases
 * (read, record, scanned form) check the access policy and write the audit in the same
 * transaction.
 */
@Service
public class Consents {

	private final JdbcTemplate jdbc;

	private final PersonDirectory directory;

	private final FieldCipher cipher;

	private final CaseworkFiles files;

	private final CaseworkAudit audit;

	private final Clock clock;

	Consents(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, PersonDirectory directory, FieldCipher cipher,
			CaseworkFiles files, CaseworkAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.cipher = cipher;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- the published question

	/**
	 * Whether the person's latest decision on this purpose allows it (consent given, or a
	 * legal basis recorded). Sharing is asked for one organisation: without one, no. A
	 * record merged into another answers with the surviving record's decisions.
	 */
	@CaseworkTransactional(readOnly = true)
	public boolean allows(long personId, ConsentPurpose purpose, @Nullable Long organisationId) {
		if (purpose.perOrganisation() && organisationId == null) {
			return false;
		}
		long person = directory.survivor(personId);
		List<String> latest = purpose.perOrganisation()
				? jdbc.queryForList(
						"select decision from mnr_consent where person_id = ? and purpose = ? and organisation_id = ?"
								+ " order by id desc limit 1",
						String.class, person, purpose.name(), organisationId)
				: jdbc.queryForList(
						"select decision from mnr_consent where person_id = ? and purpose = ? order by id desc limit 1",
						String.class, person, purpose.name());
		return !latest.isEmpty() && ConsentDecision.valueOf(latest.get(0)).allows();
	}

	// ---- the page

	/** The consent page of a record this user may read; else 404. */
	@CaseworkTransactional
	public Page page(Caseworker who, @Nullable String ip, String code) {
		Reached person = reader(who, code);
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "person", person.code(), "consentements")
			.through(person.access().grantRef()));
		return page(who, person, register(person.id()));
	}

	/**
	 * Appends a decision, if it passes the register's checks and nobody recorded one
	 * since the form was opened.
	 * @return null when recorded, else the refusal (with the typed form)
	 */
	@CaseworkTransactional
	public @Nullable Refused record(Caseworker who, @Nullable String ip, String code, ConsentForm form,
			byte @Nullable [] scan) {
		Reached person = recorder(who, code);
		// one decision at a time per person: the version check below cannot race
		jdbc.queryForList("select id from mnr_person where id = ? for update", Long.class, person.id());
		ConsentRegister register = register(person.id());
		ConsentRegister.Outcome outcome = register.decide(form, scan, LocalDate.now(clock), organisations().keySet(),
				PersonDirectory.languages());
		if (form.seen() == null || form.seen() != register.version()) {
			audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "person", code, "consentements (conflit)"));
			return new Refused(form.seeing(register.version()), outcome.errors(), true);
		}
		if (outcome.decided() == null) {
			return new Refused(form, outcome.errors(), false);
		}
		Decided decided = outcome.decided();
		String ref = UUID.randomUUID().toString().replace("-", "");
		String scanRef = scan == null ? null : files.store(scan);
		jdbc.update(
				"insert into mnr_consent (ref, person_id, purpose, organisation_id, decision, legal_basis, decided_on,"
						+ " interpreter, language, note, scan, scan_type, recorded_by, recorded_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ref, person.id(), decided.purpose().name(), decided.organisationId(), decided.decision().name(),
				decided.basis() == null ? null : decided.basis().name(), decided.decidedOn(), decided.interpreter(),
				decided.language(), cipher.encrypt(decided.note(), noteBinding(ref)), scanRef,
				scan == null ? null : ConsentRegister.scanType(scan), who.userId(), Timestamp.from(clock.instant()));
		String organisation = decided.organisationId() == null ? ""
				: " (" + organisationCodes().getOrDefault(decided.organisationId(), "?") + ")";
		audit.record(who, ip,
				AuditEvent.of(AuditAction.UPDATE, "person", code,
						"consentement " + decided.purpose().name() + organisation + " : " + decided.decision().name()
								+ (decided.basis() == null ? "" : " " + decided.basis().name())
								+ (scanRef == null ? "" : ", formulaire scanné")));
		return null;
	}

	/** A scanned form, decrypted, if this user may read the record; else 404. */
	@CaseworkTransactional
	public Scan scan(Caseworker who, @Nullable String ip, String code, String ref) {
		Reached person = reader(who, code);
		List<Scan> found = jdbc.query(
				"select scan, scan_type from mnr_consent where person_id = ? and ref = ?" + " and scan is not null",
				(rs, row) -> new Scan(new byte[0], rs.getString("scan_type"), rs.getString("scan")), person.id(), ref);
		if (found.isEmpty()) {
			throw new RecordNotFoundException();
		}
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "person", code, "formulaire de consentement scanné")
			.through(person.access().grantRef()));
		return new Scan(files.read(found.get(0).reference()), found.get(0).type(), found.get(0).reference());
	}

	/** A scanned form's bytes and type ({@code pdf}, {@code jpeg}, {@code png}). */
	public record Scan(byte[] content, String type, String reference) {
	}

	/** A blank page with the refused form, for the controller to show again. */
	@CaseworkTransactional(readOnly = true)
	Page pageAgain(Caseworker who, String code) {
		Reached person = reader(who, code);
		return page(who, person, register(person.id()));
	}

	// ---- inside

	private Page page(Caseworker who, Reached person, ConsentRegister register) {
		Map<Long, String> organisations = organisations();
		List<Row> rows = new ArrayList<>();
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			if (purpose.perOrganisation()) {
				register.currentStates()
					.stream()
					.filter(entry -> entry.purpose() == purpose)
					.forEach(entry -> rows.add(row(purpose, entry, organisations)));
				if (rows.stream().noneMatch(row -> row.purpose().equals(purpose.name()))) {
					rows.add(new Row(purpose.name(), purpose.messageKey(), null, null, null, null, null, false, false));
				}
			}
			else {
				rows.add(register.current(purpose, null)
					.map(entry -> row(purpose, entry, organisations))
					.orElse(new Row(purpose.name(), purpose.messageKey(), null, null, null, null, null, false, false)));
			}
		}
		Map<Long, String> names = new HashMap<>();
		Map<Long, String> codes = new HashMap<>();
		List<Line> history = new ArrayList<>();
		List<Entry> entries = new ArrayList<>(register.history());
		java.util.Collections.reverse(entries);
		for (Entry entry : entries) {
			String note = entry.note() == null ? "" : cipher.decrypt(entry.note(), noteBinding(entry.ref()));
			history.add(new Line(entry.ref(), entry.purpose().messageKey(),
					entry.organisationId() == null ? null : organisations.get(entry.organisationId()),
					entry.decision().messageKey(), entry.basis() == null ? null : entry.basis().messageKey(),
					entry.decidedOn(), entry.interpreter(), entry.language(), note == null ? "" : note,
					entry.scan() != null, names.computeIfAbsent(entry.recordedBy(), this::displayName),
					entry.recordedAt(),
					entry.carriedFrom() == null ? null : codes.computeIfAbsent(entry.carriedFrom(), this::personCode)));
		}
		List<Option> options = organisations.entrySet()
			.stream()
			.map(entry -> new Option(entry.getKey(), entry.getValue()))
			.toList();
		boolean mayRecord = who.may(CaseworkPermission.CONSENT_RECORD) && person.inScope();
		return new Page(person.code(), person.child(), rows, history, mayRecord, register.version(), options,
				PersonDirectory.languages(), person.access().until(), LocalDate.now(clock));
	}

	private static Row row(ConsentPurpose purpose, Entry entry, Map<Long, String> organisations) {
		return new Row(purpose.name(), purpose.messageKey(),
				entry.organisationId() == null ? null : organisations.get(entry.organisationId()),
				entry.organisationId(), entry.decision().messageKey(),
				entry.basis() == null ? null : entry.basis().messageKey(), entry.decidedOn(), entry.decision().allows(),
				entry.decision() == ConsentDecision.GIVEN);
	}

	ConsentRegister register(long personId) {
		return new ConsentRegister(jdbc.query("select * from mnr_consent where person_id = ? order by id",
				(rs, row) -> entry(rs), personId));
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		long organisation = rs.getLong("organisation_id");
		Long organisationId = rs.wasNull() ? null : organisation;
		long carried = rs.getLong("carried_from");
		Long carriedFrom = rs.wasNull() ? null : carried;
		String basis = rs.getString("legal_basis");
		return new Entry(rs.getLong("id"), rs.getString("ref"), ConsentPurpose.valueOf(rs.getString("purpose")),
				organisationId, ConsentDecision.valueOf(rs.getString("decision")),
				basis == null ? null : LegalBasis.valueOf(basis), rs.getObject("decided_on", LocalDate.class),
				rs.getBoolean("interpreter"), rs.getString("language"), rs.getBytes("note"), rs.getString("scan"),
				rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), carriedFrom);
	}

	/** The active organisations one may share with: id → « name (code) ». */
	private Map<Long, String> organisations() {
		Map<Long, String> organisations = new LinkedHashMap<>();
		jdbc.query("select id, code, name from mnr_organisation where active = true order by name", (ResultSet rs) -> {
			organisations.put(rs.getLong("id"), rs.getString("name") + " (" + rs.getString("code") + ")");
		});
		return organisations;
	}

	private Map<Long, String> organisationCodes() {
		Map<Long, String> codes = new HashMap<>();
		jdbc.query("select id, code from mnr_organisation", (ResultSet rs) -> {
			codes.put(rs.getLong("id"), rs.getString("code"));
		});
		return codes;
	}

	private String displayName(long userId) {
		return jdbc.queryForList("select display_name from mnr_user where id = ?", String.class, userId)
			.stream()
			.findFirst()
			.orElse("?");
	}

	private String personCode(long personId) {
		return jdbc.queryForList("select code from mnr_person where id = ?", String.class, personId)
			.stream()
			.findFirst()
			.orElse("?");
	}

	private Reached reader(Caseworker who, String code) {
		if (!who.may(CaseworkPermission.PERSON_READ)) {
			throw new RecordNotFoundException();
		}
		return directory.reach(who, code).orElseThrow(RecordNotFoundException::new);
	}

	private Reached recorder(Caseworker who, String code) {
		Reached person = reader(who, code);
		if (!person.inScope() || !who.may(CaseworkPermission.CONSENT_RECORD)) {
			throw new RecordNotFoundException();
		}
		return person;
	}

	static FieldBinding noteBinding(String ref) {
		return new FieldBinding("mnr_consent", "note", ref);
	}

}
