package org.cohesion.portal.casework.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.person.PersonMatchViews.Comparison;
import org.cohesion.portal.casework.person.PersonMatchViews.MergePage;
import org.cohesion.portal.casework.person.PersonViews.Details;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Merging two records of the same person, by a supervisor who has both in scope (never
 * through a break-the-glass access), after comparing them side by side. Nothing is
 * deleted: the merged record stays, marked as merged into the survivor, and its code
 * leads there; the survivor takes over its assignments (its owner included, so nobody
 * loses sight of the person), its blind indexes (so a search for the old spelling still
 * finds the person) and its consent decisions (history kept, marked as carried over). The
 * audit entries of both codes stay where they are, and the merge is audited on both. Both
 * records must still be as the supervisor saw them: a change since is a conflict.
 */
@Service
class PersonMerge {

	static final String DISMISSED = "DISMISSED";

	/** What a merge gives: the survivor's code, a refusal (message key) or a conflict. */
	record Outcome(@Nullable String survivorCode, @Nullable String mergedCode, @Nullable String refusal,
			boolean conflict) {

		static Outcome merged(String survivor, String merged) {
			return new Outcome(survivor, merged, null, false);
		}

		static Outcome refused(String key) {
			return new Outcome(null, null, key, false);
		}

		static Outcome conflicted() {
			return new Outcome(null, null, null, true);
		}

	}

	private final PersonRepository people;

	private final PersonRecords records;

	private final JdbcTemplate jdbc;

	private final CaseworkAudit audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	PersonMerge(PersonRepository people, PersonRecords records, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			CaseworkAudit audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.people = people;
		this.records = records;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The two records side by side (each read audited); 404 unless both are in scope. */
	@CaseworkTransactional
	public MergePage compare(Caseworker who, @Nullable String ip, String code, String other) {
		Person left = mergeable(who, code);
		Person right = mergeable(who, other);
		if (left.getId().equals(right.getId())) {
			throw new RecordNotFoundException();
		}
		Details a = records.view(who, ip, code, "comparaison avant fusion");
		Details b = records.view(who, ip, other, "comparaison avant fusion");
		Locale locale = LocaleContextHolder.getLocale();
		List<Comparison> lines = new ArrayList<>();
		line(lines, "mnr.person.firstName", a.firstName(), b.firstName());
		line(lines, "mnr.person.secondName", a.secondName(), b.secondName());
		line(lines, "mnr.person.aliases", a.aliases(), b.aliases());
		line(lines, "mnr.person.birthdate", a.birthdate() == null ? "" : FrenchDates.longDate(a.birthdate(), locale),
				b.birthdate() == null ? "" : FrenchDates.longDate(b.birthdate(), locale));
		line(lines, "mnr.person.age", age(a), age(b));
		line(lines, "mnr.person.gender", t(a.genderKey()), t(b.genderKey()));
		line(lines, "mnr.person.citizenship", a.citizenship().isEmpty() ? "" : t("mnr.country." + a.citizenship()),
				b.citizenship().isEmpty() ? "" : t("mnr.country." + b.citizenship()));
		line(lines, "mnr.person.primaryLanguage",
				a.primaryLanguage().isEmpty() ? "" : t("mnr.language." + a.primaryLanguage()),
				b.primaryLanguage().isEmpty() ? "" : t("mnr.language." + b.primaryLanguage()));
		line(lines, "mnr.person.mobilePhone", a.mobilePhone(), b.mobilePhone());
		line(lines, "mnr.person.homePhone", a.homePhone(), b.homePhone());
		line(lines, "mnr.person.address", a.address(), b.address());
		line(lines, "mnr.person.identityNumber", a.identityNumber(), b.identityNumber());
		line(lines, "mnr.person.identifiedOn", FrenchDates.longDate(a.identifiedOn(), locale),
				FrenchDates.longDate(b.identifiedOn(), locale));
		line(lines, "mnr.person.organisation", a.organisationCode(), b.organisationCode());
		line(lines, "mnr.person.owner", a.owner(), b.owner());
		return new MergePage(code, other, a.version(), b.version(), lines, List.of());
	}

	/**
	 * Merges {@code merged} into {@code survivor} if both are in this supervisor's scope,
	 * still unmerged, and unchanged since the versions the comparison showed.
	 */
	@CaseworkTransactional
	public Outcome merge(Caseworker who, @Nullable String ip, String survivorCode, String mergedCode,
			long survivorVersion, long mergedVersion) {
		Person survivor = mergeable(who, survivorCode);
		Person merged = mergeable(who, mergedCode);
		if (survivor.getId().equals(merged.getId())) {
			return Outcome.refused("mnr.merge.error.same");
		}
		long first = Math.min(survivor.getId(), merged.getId());
		long second = Math.max(survivor.getId(), merged.getId());
		List<Map<String, Object>> locked = jdbc.queryForList(
				"select id, version, merged_into_id from mnr_person where id in (?, ?) order by id for update", first,
				second);
		for (Map<String, Object> row : locked) {
			long id = ((Number) row.get("id")).longValue();
			long version = ((Number) row.get("version")).longValue();
			if (row.get("merged_into_id") != null) {
				return Outcome.refused("mnr.merge.error.merged");
			}
			if (version != (id == survivor.getId() ? survivorVersion : mergedVersion)) {
				return Outcome.conflicted();
			}
		}
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		jdbc.update("update mnr_person set merged_into_id = ?, merged_at = ?, merged_by = ?, version = version + 1,"
				+ " updated_at = ? where id = ?", survivor.getId(), at, who.userId(), at, merged.getId());
		jdbc.update("update mnr_person set version = version + 1, updated_at = ? where id = ?", at, survivor.getId());
		// records merged earlier into the merged one now lead to the survivor directly
		jdbc.update("update mnr_person set merged_into_id = ? where merged_into_id = ?", survivor.getId(),
				merged.getId());
		// whoever followed the merged record keeps following the person
		List<Long> followers = new ArrayList<>(jdbc
			.queryForList("select user_id from mnr_person_assignment where person_id = ?", Long.class, merged.getId()));
		followers.add(merged.getOwnerId());
		for (long user : followers.stream().distinct().toList()) {
			if (user != survivor.getOwnerId()) {
				jdbc.update(
						"insert into mnr_person_assignment (person_id, user_id) select ?, ? where not exists"
								+ " (select 1 from mnr_person_assignment where person_id = ? and user_id = ?)",
						survivor.getId(), user, survivor.getId(), user);
			}
		}
		jdbc.update("insert into mnr_person_index (person_id, kind, digest, from_person_id)"
				+ " select ?, kind, digest, coalesce(from_person_id, person_id) from mnr_person_index where person_id = ?",
				survivor.getId(), merged.getId());
		jdbc.update(
				"update mnr_consent set person_id = ?, carried_from = coalesce(carried_from, ?) where person_id = ?",
				survivor.getId(), merged.getId(), merged.getId());
		String detail = "fusion : " + mergedCode + " fusionnée dans " + survivorCode
				+ " (affectations, index et consentements repris)";
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "person", mergedCode, detail));
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "person", survivorCode, detail));
		events.publishEvent(
				new PersonsMerged(merged.getId(), mergedCode, survivor.getId(), survivorCode, who.userId(), now));
		return Outcome.merged(survivorCode, mergedCode);
	}

	/** Records that this pair is two different people: not offered again. */
	@CaseworkTransactional
	public void dismiss(Caseworker who, @Nullable String ip, String code, String other) {
		Person a = mergeable(who, code);
		Person b = mergeable(who, other);
		if (a.getId().equals(b.getId())) {
			throw new RecordNotFoundException();
		}
		long low = Math.min(a.getId(), b.getId());
		long high = Math.max(a.getId(), b.getId());
		jdbc.update(
				"insert into mnr_person_match (low_id, high_id, status, decided_by, decided_at) select ?, ?, ?, ?, ?"
						+ " where not exists (select 1 from mnr_person_match where low_id = ? and high_id = ?)",
				low, high, DISMISSED, who.userId(), Timestamp.from(clock.instant()), low, high);
		String detail = "doublon écarté : " + code + " et " + other + " sont deux personnes";
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "person", code, detail));
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "person", other, detail));
	}

	/**
	 * The record, if this supervisor may merge it: in scope, not merged yet; else 404.
	 */
	private Person mergeable(Caseworker who, String code) {
		if (!who.may(CaseworkPermission.RECORDS_MERGE)) {
			throw new RecordNotFoundException();
		}
		Person person = people.findByCode(code).orElseThrow(RecordNotFoundException::new);
		if (!AccessPolicy.inScope(who, records.scope(person))) {
			throw new RecordNotFoundException();
		}
		return person;
	}

	private static void line(List<Comparison> lines, String key, String left, String right) {
		lines.add(new Comparison(key, left.isEmpty() ? "—" : left, right.isEmpty() ? "—" : right,
				!left.strip().equalsIgnoreCase(right.strip())));
	}

	private String age(Details details) {
		if (details.age() != null) {
			return t("mnr.person.age.years", details.age());
		}
		return details.ageBand() == null ? "" : details.ageBand();
	}

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
