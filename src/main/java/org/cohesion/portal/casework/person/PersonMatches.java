package org.cohesion.portal.casework.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.Notifications;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.crypto.BlindIndex;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.crypto.Normalise;
import org.cohesion.portal.casework.crypto.PhoneticKey;
import org.cohesion.portal.casework.person.PersonMatchViews.Match;
import org.cohesion.portal.casework.person.PersonMatchViews.Merged;
import org.cohesion.portal.casework.person.PersonMatchViews.Panel;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Likely duplicates of a person, found through the blind indexes only (no identity field
 * is decrypted to search): a shared phone number, or a sound-alike name (every word of a
 * one-word name, two words otherwise) with a compatible age — born within {@value #YEARS}
 * years of each other, or the same age band, or an age unknown on one side. What the user
 * may see is offered with masked details; what lies outside their scope is only counted,
 * and the supervisors of that record's organisation are told (one notification per record
 * and user per {@link #QUIET}). Pairs a supervisor has found to be two people are not
 * offered again. Every search is audited, by counts only.
 */
@Service
class PersonMatches {

	static final int YEARS = 2;

	static final Duration QUIET = Duration.ofDays(7);

	static final int MAX_CANDIDATES = 50;

	/** What a search starts from: a record, or a form being filled in. */
	record Subject(@Nullable Long personId, @Nullable String code, List<byte[]> names, int nameWords,
			List<byte[]> phones, @Nullable LocalDate birthdate, @Nullable AgeBand band) {
	}

	/** A likely match, before the access policy splits them. */
	record Candidate(Person person, List<String> reasons, int score) {
	}

	private final PersonRepository people;

	private final PersonRecords records;

	private final JdbcTemplate jdbc;

	private final BlindIndex index;

	private final FieldCipher cipher;

	private final AccessPolicy policy;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final Clock clock;

	PersonMatches(PersonRepository people, PersonRecords records, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			BlindIndex index, FieldCipher cipher, AccessPolicy policy, CaseworkAudit audit, Notifications notifications,
			Clock clock) {
		this.people = people;
		this.records = records;
		this.jdbc = jdbc;
		this.index = index;
		this.cipher = cipher;
		this.policy = policy;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The duplicates panel of a record this user reads (in scope; else 404). */
	@CaseworkTransactional
	public Panel forRecord(Caseworker who, @Nullable String ip, String code) {
		Person person = people.findByCode(code).orElseThrow(RecordNotFoundException::new);
		policy.require(who, records.scope(person));
		Map<String, byte[]> distinct = new LinkedHashMap<>();
		digests(person.getId(), PersonIndex.NAME_PHONETIC)
			.forEach(digest -> distinct.putIfAbsent(HexFormat.of().formatHex(digest), digest));
		List<byte[]> names = List.copyOf(distinct.values());
		String birth = decrypt(person, Person.Field.BIRTHDATE);
		Subject subject = new Subject(person.getId(), code, names, names.size(),
				digests(person.getId(), PersonIndex.PHONE), birth.isEmpty() ? null : LocalDate.parse(birth),
				person.getAgeBand());
		return panel(who, ip, subject);
	}

	/** The duplicates of what is typed in the creation form, before anything is saved. */
	@CaseworkTransactional
	public Panel forForm(Caseworker who, @Nullable String ip, PersonForm form) {
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			throw new RecordNotFoundException();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String name : new String[] { form.firstName(), form.secondName(), form.aliases() }) {
			PhoneticKey.ofName(name).stream().filter(key -> !key.isEmpty()).forEach(keys::add);
		}
		List<byte[]> names = keys.stream().map(key -> index.of(PersonIndex.NAME_PHONETIC, key)).toList();
		List<byte[]> phones = new ArrayList<>();
		for (String phone : new String[] { form.mobilePhone(), form.homePhone() }) {
			String e164 = PersonForm.text(phone).isBlank() ? null : Normalise.phone(phone);
			if (e164 != null) {
				phones.add(index.of(PersonIndex.PHONE, e164));
			}
		}
		LocalDate birthdate = PersonRecords.parseDate(form.birthdate());
		AgeBand band = AgeBand.fromCode(form.ageBand());
		if (band == null && birthdate != null) {
			LocalDate on = PersonRecords.parseDate(form.identifiedOn());
			band = AgeBand.of(Period.between(birthdate, on == null ? LocalDate.now(clock) : on).getYears());
		}
		else if (band == null && !PersonForm.text(form.age()).isBlank()) {
			try {
				band = AgeBand.of(Integer.parseInt(form.age().strip()));
			}
			catch (NumberFormatException ex) {
				band = null;
			}
		}
		return panel(who, ip, new Subject(null, null, names, names.size(), phones, birthdate, band));
	}

	private Panel panel(Caseworker who, @Nullable String ip, Subject subject) {
		List<Candidate> candidates = candidates(subject);
		List<Match> visible = new ArrayList<>();
		int elsewhere = 0;
		for (Candidate candidate : candidates) {
			Person person = candidate.person();
			if (AccessPolicy.inScope(who, records.scope(person))) {
				visible.add(match(candidate));
			}
			else {
				elsewhere++;
				tellSupervisors(who, person);
			}
		}
		audit.record(who, ip, AuditEvent.of(AuditAction.SEARCH, "person-match", subject.code(),
				"recherche de doublons (" + visible.size() + " dans le périmètre, " + elsewhere + " hors périmètre)"));
		List<Merged> merged = subject.personId() == null ? List.of() : merged(subject.personId());
		return new Panel(subject.code(), visible, elsewhere, merged, who.may(CaseworkPermission.RECORDS_MERGE));
	}

	/** The likely matches, strongest first. */
	List<Candidate> candidates(Subject subject) {
		if (subject.names().isEmpty() && subject.phones().isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select i.person_id, i.kind, i.digest from mnr_person_index i"
				+ " join mnr_person p on p.id = i.person_id where p.merged_into_id is null and (1 = 0");
		for (var kind : Map.of(PersonIndex.NAME_PHONETIC, subject.names(), PersonIndex.PHONE, subject.phones())
			.entrySet()) {
			if (!kind.getValue().isEmpty()) {
				sql.append(" or (i.kind = ? and i.digest in (")
					.append(String.join(", ", kind.getValue().stream().map(v -> "?").toList()))
					.append("))");
				arguments.add(kind.getKey());
				arguments.addAll(kind.getValue());
			}
		}
		sql.append(")");
		if (subject.personId() != null) {
			sql.append(" and i.person_id <> ?");
			arguments.add(subject.personId());
		}
		Map<Long, Set<String>> sharedNames = new LinkedHashMap<>();
		Map<Long, Boolean> sharedPhone = new HashMap<>();
		HexFormat hex = HexFormat.of();
		jdbc.query(sql.toString(), rs -> {
			long id = rs.getLong(1);
			if (PersonIndex.PHONE.equals(rs.getString(2))) {
				sharedPhone.put(id, true);
				sharedNames.computeIfAbsent(id, key -> new LinkedHashSet<>());
			}
			else {
				sharedNames.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(hex.formatHex(rs.getBytes(3)));
			}
		}, arguments.toArray());
		Set<Long> dismissed = dismissed(subject.personId());
		int wanted = Math.min(2, subject.nameWords());
		Map<String, Integer> years = new HashMap<>();
		byte[] exactBirth = null;
		if (subject.birthdate() != null) {
			for (int delta = -YEARS; delta <= YEARS; delta++) {
				years.put(hex.formatHex(
						index.of(PersonIndex.BIRTH_YEAR, Integer.toString(subject.birthdate().getYear() + delta))),
						Math.abs(delta));
			}
			exactBirth = index.of(PersonIndex.BIRTHDATE, Normalise.date(subject.birthdate()));
		}
		List<Candidate> found = new ArrayList<>();
		for (var entry : sharedNames.entrySet()) {
			long id = entry.getKey();
			boolean phone = sharedPhone.getOrDefault(id, false);
			boolean name = wanted > 0 && entry.getValue().size() >= wanted;
			if ((!phone && !name) || dismissed.contains(id)) {
				continue;
			}
			Person person = people.findById(id).orElse(null);
			if (person == null) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			int score = 0;
			if (phone) {
				reasons.add("mnr.match.reason.phone");
				score += 3;
			}
			if (name) {
				reasons.add("mnr.match.reason.name");
				score += entry.getValue().size();
			}
			Integer yearGap = null;
			boolean sameBirthdate = false;
			for (var row : jdbc.queryForList(
					"select kind, digest from mnr_person_index where person_id = ?" + " and kind in (?, ?)", id,
					PersonIndex.BIRTH_YEAR, PersonIndex.BIRTHDATE)) {
				byte[] digest = (byte[]) row.get("digest");
				if (PersonIndex.BIRTHDATE.equals(row.get("kind"))) {
					sameBirthdate |= exactBirth != null && java.util.Arrays.equals(exactBirth, digest);
				}
				else {
					Integer gap = years.get(hex.formatHex(digest));
					if (gap != null && (yearGap == null || gap < yearGap)) {
						yearGap = gap;
					}
				}
			}
			boolean bothYearsKnown = subject.birthdate() != null && hasBirthYear(id);
			boolean sameBand = subject.band() != null && subject.band() == person.getAgeBand();
			boolean ageUnknown = (subject.birthdate() == null && subject.band() == null)
					|| (!hasBirthYear(id) && person.getAgeBand() == null);
			boolean ageCompatible;
			if (bothYearsKnown) {
				ageCompatible = yearGap != null;
			}
			else {
				ageCompatible = sameBand || ageUnknown;
			}
			if (sameBirthdate) {
				reasons.add("mnr.match.reason.birthdate");
				score += 2;
			}
			else if (yearGap != null) {
				reasons.add("mnr.match.reason.birthYear");
				score += 1;
			}
			else if (sameBand) {
				reasons.add("mnr.match.reason.ageBand");
			}
			if (phone || ageCompatible) {
				found.add(new Candidate(person, reasons, score));
			}
		}
		found.sort((a, b) -> Integer.compare(b.score(), a.score()));
		return found.size() > MAX_CANDIDATES ? found.subList(0, MAX_CANDIDATES) : found;
	}

	private boolean hasBirthYear(long personId) {
		Long count = jdbc.queryForObject("select count(*) from mnr_person_index where person_id = ? and kind = ?",
				Long.class, personId, PersonIndex.BIRTH_YEAR);
		return count != null && count > 0;
	}

	private Match match(Candidate candidate) {
		Person person = candidate.person();
		String birth = decrypt(person, Person.Field.BIRTHDATE);
		AgeBand band = person.getAgeBand();
		String born = !birth.isEmpty() ? birth.substring(0, 4) : band == null ? null : band.code();
		String phone = decrypt(person, Person.Field.MOBILE_PHONE);
		if (phone.isEmpty()) {
			phone = decrypt(person, Person.Field.HOME_PHONE);
		}
		String digits = phone.replaceAll("\\D", "");
		String masked = digits.length() < 2 ? "" : "•• •• •• •• " + digits.substring(digits.length() - 2);
		return new Match(person.getCode(),
				initials(decrypt(person, Person.Field.FIRST_NAME), decrypt(person, Person.Field.SECOND_NAME)), born,
				person.isChild(), masked, organisationCode(person.getOrganisationId()), person.getIdentifiedOn(),
				candidate.reasons());
	}

	/**
	 * « A. T.-K. »: the first letter of each word and of each part of a hyphenated word.
	 */
	static String initials(String firstName, String secondName) {
		List<String> words = new ArrayList<>();
		for (String name : List.of(firstName, secondName)) {
			for (String word : name.strip().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				List<String> parts = new ArrayList<>();
				for (String part : word.split("-")) {
					if (!part.isEmpty()) {
						parts.add(part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.FRENCH) + ".");
					}
				}
				words.add(String.join("-", parts));
			}
		}
		return words.isEmpty() ? "—" : String.join(" ", words);
	}

	private void tellSupervisors(Caseworker who, Person person) {
		Timestamp since = Timestamp.from(clock.instant().minus(QUIET));
		Long already = jdbc.queryForObject(
				"select count(*) from mnr_notification where kind = ? and record_ref = ? and actor = ? and created_at > ?",
				Long.class, Notifications.Kind.POSSIBLE_DUPLICATE.name(), person.getCode(), who.username(), since);
		if (already != null && already > 0) {
			return;
		}
		for (long supervisor : jdbc.queryForList(
				"select id from mnr_user where organisation_id = ? and role = 'SUPERVISEUR' and enabled = true and id <> ?",
				Long.class, person.getOrganisationId(), who.userId())) {
			notifications.notify(supervisor, Notifications.Kind.POSSIBLE_DUPLICATE, person.getCode(), who.username());
		}
	}

	private Set<Long> dismissed(@Nullable Long personId) {
		if (personId == null) {
			return Set.of();
		}
		Set<Long> ids = new LinkedHashSet<>();
		jdbc.query("select low_id, high_id from mnr_person_match where (low_id = ? or high_id = ?) and status = ?",
				rs -> {
					ids.add(rs.getLong(1) == personId ? rs.getLong(2) : rs.getLong(1));
				}, personId, personId, PersonMerge.DISMISSED);
		return ids;
	}

	private List<Merged> merged(long personId) {
		return jdbc.query(
				"select p.code, p.merged_at, u.display_name from mnr_person p left join mnr_user u on u.id = p.merged_by"
						+ " where p.merged_into_id = ? order by p.merged_at",
				(rs, row) -> new Merged(rs.getString(1), rs.getTimestamp(2).toInstant(),
						Objects.requireNonNullElse(rs.getString(3), "?")),
				personId);
	}

	private List<byte[]> digests(@Nullable Long personId, String kind) {
		return jdbc.queryForList("select digest from mnr_person_index where person_id = ? and kind = ?", byte[].class,
				personId, kind);
	}

	private String decrypt(Person person, Person.Field field) {
		String value = cipher.decrypt(person.encrypted(field), PersonRecords.binding(person, field));
		return value == null ? "" : value;
	}

	private String organisationCode(long organisationId) {
		return jdbc.queryForList("select code from mnr_organisation where id = ?", String.class, organisationId)
			.stream()
			.findFirst()
			.orElse("");
	}

}
