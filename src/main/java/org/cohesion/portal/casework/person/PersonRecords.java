package org.cohesion.portal.casework.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Access;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.ListScope;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.crypto.BlindIndex;
import org.cohesion.portal.casework.crypto.CaseworkFiles;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.crypto.Normalise;
import org.cohesion.portal.casework.crypto.PhoneticKey;
import org.cohesion.portal.casework.person.PersonViews.Details;
import org.cohesion.portal.casework.person.PersonViews.Listing;
import org.cohesion.portal.casework.person.PersonViews.Summary;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The person record's use cases. Each read asks the {@link AccessPolicy} and writes an
 * audit entry in the same transaction; lists, counts and searches carry the policy into
 * their SQL ({@link #SCOPE}), so a record outside one's scope is never counted or found.
 * Identity fields are encrypted here, bound to the row, and indexed blindly.
 */
@Service
public class PersonRecords {

	/**
	 * The need-to-know rule of {@link AccessPolicy#inScope}, for the database; a record
	 * merged into another is found through the survivor only.
	 */
	static final String SCOPE = " (p.merged_into_id is null and ? = true and (p.owner_id = ? or (? = true and p.organisation_id = ?)"
			+ " or exists (select 1 from mnr_person_assignment a where a.person_id = p.id and a.user_id = ?))) ";

	static final int PAGE = 50;

	static final int MAX_TEXT = 200;

	static final int MAX_NARRATIVE = 20_000;

	static final int MAX_PHOTO = 5 * 1024 * 1024;

	private static final Pattern CODE = Pattern.compile("MNR-\\d{4}-[A-Z]{2,6}-\\d{5}");

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final PersonRepository people;

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final BlindIndex index;

	private final CaseworkFiles files;

	private final AccessPolicy policy;

	private final CaseworkAudit audit;

	private final Clock clock;

	private final ObjectProvider<NameProtection> protections;

	PersonRecords(PersonRepository people, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, FieldCipher cipher,
			BlindIndex index, CaseworkFiles files, AccessPolicy policy, CaseworkAudit audit, Clock clock,
			ObjectProvider<NameProtection> protections) {
		this.protections = protections;
		this.people = people;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
		this.files = files;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- reading

	/**
	 * The people this user may see, newest first, or those matching {@code query} (a
	 * code, a phone number, a birth date or a name, looked up through the blind indexes).
	 */
	@CaseworkTransactional
	public Listing list(Caseworker who, @Nullable String ip, @Nullable String query) {
		ListScope scope = AccessPolicy.listScope(who);
		Object[] scopeArguments = { scope.readsRecords(), scope.userId(), scope.supervisor(), scope.organisationId(),
				scope.userId() };
		String q = query == null ? "" : query.strip();
		List<Long> ids;
		long total;
		String detail;
		if (q.isEmpty()) {
			ids = jdbc.queryForList("select p.id from mnr_person p where" + SCOPE
					+ " order by p.updated_at desc, p.id desc limit " + PAGE, Long.class, scopeArguments);
			Long count = jdbc.queryForObject("select count(*) from mnr_person p where" + SCOPE, Long.class,
					scopeArguments);
			total = count == null ? 0 : count;
			detail = "liste des personnes";
		}
		else {
			Search search = search(q);
			List<Object> arguments = new ArrayList<>(List.of(scopeArguments));
			StringBuilder sql = new StringBuilder("select p.id from mnr_person p where").append(SCOPE);
			if (search.code() != null) {
				sql.append(" and p.code = ?");
				arguments.add(search.code());
			}
			else if (search.values().isEmpty()) {
				sql.append(" and 1 = 0");
			}
			else {
				sql.append(
						" and p.id in (select i.person_id from mnr_person_index i where i.kind = ? and i.digest in (")
					.append(String.join(", ", search.values().stream().map(v -> "?").toList()))
					.append(") group by i.person_id having count(distinct i.digest) = ?)");
				arguments.add(search.kind());
				arguments.addAll(search.values());
				arguments.add(search.values().size());
			}
			sql.append(" order by p.updated_at desc, p.id desc limit ").append(PAGE);
			ids = jdbc.queryForList(sql.toString(), Long.class, arguments.toArray());
			total = ids.size();
			detail = "recherche par " + search.label();
		}
		audit.record(who, ip, AuditEvent.of(q.isEmpty() ? AuditAction.LIST : AuditAction.SEARCH, "person-list", null,
				detail + " (" + ids.size() + " résultat" + (ids.size() > 1 ? "s" : "") + ")"));
		Map<Long, Person> byId = new LinkedHashMap<>();
		people.findAllById(ids).forEach(person -> byId.put(person.getId(), person));
		List<Summary> summaries = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(person -> {
			boolean hidden = protectsName(person);
			String first = decrypt(person, Person.Field.FIRST_NAME);
			String second = decrypt(person, Person.Field.SECOND_NAME);
			return new Summary(person.getCode(),
					hidden ? PersonNames.initials(first, second) : displayName(first, second),
					person.getGender().messageKey(), ageText(person), person.isChild(),
					organisationCode(person.getOrganisationId()), person.getUpdatedAt(), hidden);
		}).toList();
		return new Listing(summaries, total, q, !q.isEmpty());
	}

	private record Search(@Nullable String code, String kind, List<byte[]> values, String label) {
	}

	private Search search(String q) {
		String upper = q.toUpperCase(Locale.ROOT);
		if (CODE.matcher(upper).matches()) {
			return new Search(upper, "", List.of(), "code");
		}
		LocalDate date = parseDate(q);
		if (date != null) {
			return new Search(null, PersonIndex.BIRTHDATE,
					List.of(index.of(PersonIndex.BIRTHDATE, Normalise.date(date))), "date de naissance");
		}
		if (q.chars().filter(Character::isDigit).count() >= 8) {
			String phone = Normalise.phone(q);
			return new Search(null, PersonIndex.PHONE,
					phone == null ? List.of() : List.of(index.of(PersonIndex.PHONE, phone)), "téléphone");
		}
		List<byte[]> keys = PhoneticKey.ofName(q)
			.stream()
			.filter(key -> !key.isEmpty())
			.map(key -> index.of(PersonIndex.NAME_PHONETIC, key))
			.toList();
		return new Search(null, PersonIndex.NAME_PHONETIC, keys, "nom");
	}

	/**
	 * The whole record, if this user may see it; else 404. The name of a child or of a
	 * victim of sexual exploitation is hidden (initials and code).
	 */
	@CaseworkTransactional
	public Details view(Caseworker who, @Nullable String ip, String code, String section) {
		return view(who, ip, code, section, false);
	}

	/**
	 * The whole record; with {@code reveal}, a hidden name is shown, and that choice is
	 * audited and told to the {@link NameProtection}s (the case file's timeline).
	 */
	@CaseworkTransactional
	public Details view(Caseworker who, @Nullable String ip, String code, String section, boolean reveal) {
		Person person = people.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(person));
		audit.record(who, ip,
				AuditEvent.of(AuditAction.VIEW, "person", person.getCode(), section).through(access.grantRef()));
		boolean protectedName = protectsName(person);
		if (protectedName && reveal) {
			audit.record(who, ip, AuditEvent.of(AuditAction.REVEAL, "person", person.getCode(), "nom masqué affiché")
				.through(access.grantRef()));
			protections.orderedStream().forEach(protection -> protection.revealed(who, ip, person.getId()));
		}
		Details details = details(person, access);
		return protectedName && !reveal ? details.hidingName() : details.revealed(protectedName);
	}

	/** A child's name is always hidden by default; other records may ask for it too. */
	private boolean protectsName(Person person) {
		return person.isChild()
				|| protections.orderedStream().anyMatch(protection -> protection.protects(person.getId()));
	}

	/** The photo, decrypted, if this user may see the record; else 404. */
	@CaseworkTransactional
	public byte[] photo(Caseworker who, @Nullable String ip, String code) {
		Person person = people.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(person));
		if (person.getPrsPhoto() == null) {
			throw new RecordNotFoundException();
		}
		audit.record(who, ip,
				AuditEvent.of(AuditAction.VIEW, "person", person.getCode(), "photo").through(access.grantRef()));
		return files.read(person.getPrsPhoto());
	}

	/**
	 * The form as stored, for editing: only in scope (a break-the-glass access only
	 * reads).
	 */
	@CaseworkTransactional
	public PersonForm editForm(Caseworker who, @Nullable String ip, String code) {
		Person person = editable(who, code);
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "person", code, "formulaire de modification"));
		return form(person);
	}

	/** Whether this user may see the record; the policy's answer, without reading it. */
	@CaseworkTransactional(readOnly = true)
	public @Nullable RecordScope scopeOf(String code) {
		return people.findByCode(code).map(this::scope).orElse(null);
	}

	// ---- writing

	/**
	 * A new person owned by this user, in their organisation.
	 * @return the new code, or the refusal
	 */
	@CaseworkTransactional
	public Result create(Caseworker who, @Nullable String ip, PersonForm form, byte @Nullable [] photo) {
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			throw new RecordNotFoundException();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Valid valid = validate(form, photo, errors);
		if (!errors.isEmpty()) {
			return Result.refused(form, errors);
		}
		Person person = new Person(nextCode(who.organisationCode(), valid.identifiedOn()), who.organisationId(),
				who.userId(), valid.identifiedOn(), clock);
		apply(person, valid, photo);
		people.saveAndFlush(person);
		reindex(person, valid);
		audit.record(who, ip, AuditEvent.of(AuditAction.CREATE, "person", person.getCode(), changedFields(valid)));
		return Result.saved(person.getCode());
	}

	/**
	 * Saves the form over the record if nobody saved it since the form was opened;
	 * otherwise a conflict that keeps the user's text.
	 */
	@CaseworkTransactional
	public Result update(Caseworker who, @Nullable String ip, String code, PersonForm form, byte @Nullable [] photo) {
		Person person = editable(who, code);
		Map<String, String> errors = new LinkedHashMap<>();
		Valid valid = validate(form, photo, errors);
		if (!errors.isEmpty()) {
			return Result.refused(form, errors);
		}
		if (form.version() == null || form.version() != person.getVersion()) {
			audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "person", code, "version enregistrée (conflit)"));
			return Result.conflict(form.withVersion(person.getVersion()), details(person, Access.IN_SCOPE));
		}
		String previousPhoto = person.getPrsPhoto();
		apply(person, valid, photo);
		people.saveAndFlush(person);
		if (photo != null && previousPhoto != null) {
			files.delete(previousPhoto);
		}
		reindex(person, valid);
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "person", code, changedFields(valid)));
		return Result.saved(code);
	}

	/** What a save gives: the code, a refusal (with the typed form) or a conflict. */
	public record Result(@Nullable String code, @Nullable PersonForm form, Map<String, String> errors,
			@Nullable Details current) {

		static Result saved(String code) {
			return new Result(code, null, Map.of(), null);
		}

		static Result refused(PersonForm form, Map<String, String> errors) {
			return new Result(null, form, errors, null);
		}

		static Result conflict(PersonForm form, Details current) {
			return new Result(null, form, Map.of(), current);
		}

		public boolean isSaved() {
			return code != null;
		}

		public boolean isConflict() {
			return current != null;
		}

	}

	private Person editable(Caseworker who, String code) {
		Person person = people.findByCode(code).orElseThrow(RecordNotFoundException::new);
		Access access = policy.require(who, scope(person));
		if (access.breakGlass() || !who.may(CaseworkPermission.PERSON_EDIT)) {
			throw new RecordNotFoundException();
		}
		return person;
	}

	// ---- validation and encryption

	private record Valid(EnumMap<Person.Field, String> fields, @Nullable LocalDate birthdate, @Nullable Integer age,
			@Nullable AgeBand band, Gender gender, @Nullable String citizenship, @Nullable String primaryLanguage,
			@Nullable String secondaryLanguage, LocalDate identifiedOn, List<String> phones) {
	}

	private Valid validate(PersonForm form, byte @Nullable [] photo, Map<String, String> errors) {
		EnumMap<Person.Field, String> fields = new EnumMap<>(Person.Field.class);
		text(fields, Person.Field.FIRST_NAME, form.firstName(), MAX_TEXT, "firstName", errors);
		text(fields, Person.Field.SECOND_NAME, form.secondName(), MAX_TEXT, "secondName", errors);
		text(fields, Person.Field.ALIASES, form.aliases(), MAX_TEXT, "aliases", errors);
		text(fields, Person.Field.MAILING_ADDRESS, form.address(), 1000, "address", errors);
		text(fields, Person.Field.IDENTITY_NUMBER, form.identityNumber(), 100, "identityNumber", errors);
		text(fields, Person.Field.NARRATIVE, form.narrative(), MAX_NARRATIVE, "narrative", errors);
		List<String> phones = new ArrayList<>();
		phone(fields, Person.Field.MOBILE_PHONE, form.mobilePhone(), "mobilePhone", errors, phones);
		phone(fields, Person.Field.HOME_PHONE, form.homePhone(), "homePhone", errors, phones);
		LocalDate today = LocalDate.now(clock);
		LocalDate identifiedOn = today;
		if (!PersonForm.text(form.identifiedOn()).isBlank()) {
			identifiedOn = parseDate(form.identifiedOn());
			if (identifiedOn == null || identifiedOn.isAfter(today) || identifiedOn.getYear() < 2000) {
				errors.put("identifiedOn", "mnr.person.error.identifiedOn");
				identifiedOn = today;
			}
		}
		LocalDate birthdate = null;
		if (!PersonForm.text(form.birthdate()).isBlank()) {
			birthdate = parseDate(form.birthdate());
			if (birthdate == null || birthdate.isAfter(identifiedOn) || birthdate.getYear() < 1900) {
				errors.put("birthdate", "mnr.person.error.birthdate");
				birthdate = null;
			}
			else {
				fields.put(Person.Field.BIRTHDATE, Normalise.date(birthdate));
			}
		}
		Integer age = null;
		if (birthdate != null) {
			age = Period.between(birthdate, identifiedOn).getYears();
		}
		else if (!PersonForm.text(form.age()).isBlank()) {
			try {
				age = Integer.parseInt(form.age().strip());
				if (age < 0 || age > 120) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.put("age", "mnr.person.error.age");
				age = null;
			}
		}
		AgeBand band = AgeBand.fromCode(form.ageBand());
		Gender gender;
		try {
			gender = Gender.valueOf(PersonForm.text(form.gender()));
		}
		catch (IllegalArgumentException ex) {
			gender = Gender.NON_SPECIFIED_UNKNOWN;
		}
		String citizenship = Choices.country(form.citizenship());
		String primary = Choices.language(form.primaryLanguage());
		String secondary = Choices.language(form.secondaryLanguage());
		if (photo != null && (photo.length > MAX_PHOTO || !Choices.isImage(photo))) {
			errors.put("photo", "mnr.person.error.photo");
		}
		return new Valid(fields, birthdate, age, band, gender, citizenship, primary, secondary, identifiedOn, phones);
	}

	private static void text(Map<Person.Field, String> fields, Person.Field field, @Nullable String value, int max,
			String name, Map<String, String> errors) {
		String text = PersonForm.text(value).strip();
		if (text.length() > max) {
			errors.put(name, "mnr.person.error.tooLong");
		}
		if (!text.isEmpty()) {
			fields.put(field, text);
		}
	}

	private static void phone(Map<Person.Field, String> fields, Person.Field field, @Nullable String value, String name,
			Map<String, String> errors, List<String> phones) {
		String text = PersonForm.text(value).strip();
		if (text.isEmpty()) {
			return;
		}
		String e164 = Normalise.phone(text);
		if (e164 == null) {
			errors.put(name, "mnr.person.error.phone");
			return;
		}
		fields.put(field, text);
		phones.add(e164);
	}

	private void apply(Person person, Valid valid, byte @Nullable [] photo) {
		for (Person.Field field : Person.Field.values()) {
			person.encrypted(field, cipher.encrypt(valid.fields().get(field), binding(person, field)));
		}
		person.describe(valid.gender(), valid.age(), valid.band(), valid.citizenship(), valid.primaryLanguage(),
				valid.secondaryLanguage(), clock);
		if (photo != null) {
			person.photo(files.store(photo));
		}
	}

	private void reindex(Person person, Valid valid) {
		// rows carried over from a record merged into this one stay (PersonMerge)
		jdbc.update("delete from mnr_person_index where person_id = ? and from_person_id is null", person.getId());
		Set<String> phonetic = new LinkedHashSet<>();
		for (Person.Field field : List.of(Person.Field.FIRST_NAME, Person.Field.SECOND_NAME, Person.Field.ALIASES)) {
			phonetic.addAll(PhoneticKey.ofName(valid.fields().get(field)));
		}
		List<Object[]> rows = new ArrayList<>();
		phonetic.stream()
			.filter(key -> !key.isEmpty())
			.forEach(key -> rows.add(row(person, PersonIndex.NAME_PHONETIC, key)));
		String fullName = Normalise.fullName(PersonForm.text(valid.fields().get(Person.Field.FIRST_NAME)) + " "
				+ PersonForm.text(valid.fields().get(Person.Field.SECOND_NAME)));
		if (!fullName.isEmpty()) {
			rows.add(row(person, PersonIndex.NAME_EXACT, fullName));
		}
		new HashSet<>(valid.phones()).forEach(phone -> rows.add(row(person, PersonIndex.PHONE, phone)));
		if (valid.birthdate() != null) {
			rows.add(row(person, PersonIndex.BIRTHDATE, Normalise.date(valid.birthdate())));
			rows.add(row(person, PersonIndex.BIRTH_YEAR, Integer.toString(valid.birthdate().getYear())));
		}
		jdbc.batchUpdate("insert into mnr_person_index (person_id, kind, digest) values (?, ?, ?)", rows);
	}

	private Object[] row(Person person, String kind, String value) {
		return new Object[] { person.getId(), kind, index.of(kind, value) };
	}

	private static String changedFields(Valid valid) {
		List<String> names = new ArrayList<>(valid.fields().keySet().stream().map(Person.Field::column).toList());
		names.addAll(List.of("prs_gender", "prs_age", "prs_citizenship", "prs_languages"));
		return String.join(", ", names);
	}

	/**
	 * The next code of this organisation and year: {@code MNR-2026-POR-00042}; numbers
	 * are never reused.
	 */
	private String nextCode(String organisationCode, LocalDate identifiedOn) {
		String cell = organisationCode.substring(organisationCode.lastIndexOf('-') + 1)
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z]", "");
		if (cell.length() < 2) {
			cell = "MNR";
		}
		cell = cell.substring(0, Math.min(cell.length(), 6));
		String prefix = "MNR-" + LocalDate.now(clock).getYear() + "-" + cell;
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
		return prefix + "-" + String.format(Locale.ROOT, "%05d", next);
	}

	RecordScope scope(Person person) {
		Set<Long> assigned = new HashSet<>(jdbc
			.queryForList("select user_id from mnr_person_assignment where person_id = ?", Long.class, person.getId()));
		return new RecordScope(person.getCode(), person.getOwnerId(), assigned, person.getOrganisationId());
	}

	private Details details(Person person, Access access) {
		String birth = decrypt(person, Person.Field.BIRTHDATE);
		AgeBand band = person.getAgeBand();
		String owner = jdbc
			.queryForList("select display_name from mnr_user where id = ?", String.class, person.getOwnerId())
			.stream()
			.findFirst()
			.orElse("");
		return new Details(person.getCode(), decrypt(person, Person.Field.FIRST_NAME),
				decrypt(person, Person.Field.SECOND_NAME), decrypt(person, Person.Field.ALIASES),
				birth.isEmpty() ? null : LocalDate.parse(birth), person.getPrsAge(), band == null ? null : band.code(),
				person.isChild(), person.getGender().messageKey(), PersonForm.text(person.getPrsCitizenship()),
				PersonForm.text(person.getPrsPrimaryLanguage()), PersonForm.text(person.getPrsSecondaryLanguage()),
				decrypt(person, Person.Field.MOBILE_PHONE), decrypt(person, Person.Field.HOME_PHONE),
				decrypt(person, Person.Field.MAILING_ADDRESS), decrypt(person, Person.Field.IDENTITY_NUMBER),
				decrypt(person, Person.Field.NARRATIVE), person.getPrsPhoto() != null, person.getIdentifiedOn(),
				organisationCode(person.getOrganisationId()), owner, person.getCreatedAt(), person.getUpdatedAt(),
				person.getVersion(), !access.breakGlass(), access.until(), access.reason(), false, false, PersonNames
					.initials(decrypt(person, Person.Field.FIRST_NAME), decrypt(person, Person.Field.SECOND_NAME)));
	}

	private PersonForm form(Person person) {
		AgeBand band = person.getAgeBand();
		String birth = decrypt(person, Person.Field.BIRTHDATE);
		return new PersonForm(decrypt(person, Person.Field.FIRST_NAME), decrypt(person, Person.Field.SECOND_NAME),
				decrypt(person, Person.Field.ALIASES), birth,
				birth.isEmpty() && person.getPrsAge() != null ? person.getPrsAge().toString() : "",
				band == null ? "" : band.code(), person.getGender().name(), PersonForm.text(person.getPrsCitizenship()),
				PersonForm.text(person.getPrsPrimaryLanguage()), PersonForm.text(person.getPrsSecondaryLanguage()),
				decrypt(person, Person.Field.MOBILE_PHONE), decrypt(person, Person.Field.HOME_PHONE),
				decrypt(person, Person.Field.MAILING_ADDRESS), decrypt(person, Person.Field.IDENTITY_NUMBER),
				decrypt(person, Person.Field.NARRATIVE), person.getIdentifiedOn().toString(), person.getVersion());
	}

	private String decrypt(Person person, Person.Field field) {
		String value = cipher.decrypt(person.encrypted(field), binding(person, field));
		return value == null ? "" : value;
	}

	static FieldBinding binding(Person person, Person.Field field) {
		return new FieldBinding("mnr_person", field.column(), person.getRef());
	}

	private String organisationCode(long organisationId) {
		return jdbc.queryForList("select code from mnr_organisation where id = ?", String.class, organisationId)
			.stream()
			.findFirst()
			.orElse("");
	}

	private static @Nullable String ageText(Person person) {
		if (person.getPrsAge() != null) {
			return person.getPrsAge().toString();
		}
		AgeBand band = person.getAgeBand();
		return band == null ? null : band.code();
	}

	static String displayName(String firstName, String secondName) {
		String name = (firstName + " " + secondName.toUpperCase(Locale.FRENCH)).strip();
		return name.isEmpty() ? "—" : name;
	}

	/** {@code 2009-03-14} (a date field) or {@code 14/03/2009} (typed by hand). */
	static @Nullable LocalDate parseDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.replace('.', '/').replace('-', '/'), FRENCH_DATE);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
