package org.cohesion.portal.casework.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.crypto.BlindIndex;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.crypto.Normalise;
import org.cohesion.portal.casework.crypto.PhoneticKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other casework records (the case file) need of a person: code, name and child
 * flag, and the people a name or a phone number designates through the blind indexes. No
 * access check and no audit here: the caller has checked its own record's scope and
 * audits its own read.
 */
@Service
public class PersonNames {

	/** A person as another record shows them. */
	public record Named(long id, String code, String firstName, String secondName, boolean child) {

		public String name() {
			return PersonRecords.displayName(firstName, secondName);
		}

		/** "A. F.-K." : what shows while the name is hidden. */
		public String initials() {
			return PersonNames.initials(firstName, secondName);
		}

	}

	private final PersonRepository people;

	private final FieldCipher cipher;

	private final BlindIndex index;

	private final JdbcTemplate jdbc;

	PersonNames(PersonRepository people, FieldCipher cipher, BlindIndex index,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc) {
		this.people = people;
		this.cipher = cipher;
		this.index = index;
		this.jdbc = jdbc;
	}

	/**
	 * What a provider may be shown of a person, field by field as the sender chose (the
	 * caller filters): no check here, the referral made it.
	 */
	public record Profile(String genderKey, @Nullable String ageBand, @Nullable Integer age, boolean child,
			@Nullable String primaryLanguage, @Nullable String secondaryLanguage, String mobilePhone) {
	}

	@CaseworkTransactional(readOnly = true)
	public Optional<Profile> profile(long personId) {
		return people.findById(personId)
			.map(person -> new Profile("mnr.person.gender." + person.getGender().name().toLowerCase(Locale.ROOT),
					person.getAgeBand() == null ? null : person.getAgeBand().code(), person.getPrsAge(),
					person.isChild(), person.getPrsPrimaryLanguage(), person.getPrsSecondaryLanguage(),
					decrypt(person, Person.Field.MOBILE_PHONE)));
	}

	@CaseworkTransactional(readOnly = true)
	public Optional<Named> of(long personId) {
		return people.findById(personId).map(this::named);
	}

	@CaseworkTransactional(readOnly = true)
	public Map<Long, Named> of(Collection<Long> personIds) {
		Map<Long, Named> named = new LinkedHashMap<>();
		people.findAllById(personIds).forEach(person -> named.put(person.getId(), named(person)));
		return named;
	}

	/** The person's id, from their code. */
	@CaseworkTransactional(readOnly = true)
	public Optional<Long> idOf(String code) {
		return people.findByCode(code).map(Person::getId);
	}

	/**
	 * The people whose phone number is {@code text} (8 digits or more), or whose name,
	 * surname or alias sounds like every word of it; the same rule as the person search.
	 */
	@CaseworkTransactional(readOnly = true)
	public List<Long> matching(String text) {
		String query = text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		List<byte[]> digests;
		String kind;
		if (query.chars().filter(Character::isDigit).count() >= 8) {
			String phone = Normalise.phone(query);
			kind = PersonIndex.PHONE;
			digests = phone == null ? List.of() : List.of(index.of(kind, phone));
		}
		else {
			kind = PersonIndex.NAME_PHONETIC;
			digests = PhoneticKey.ofName(query)
				.stream()
				.filter(key -> !key.isEmpty())
				.distinct()
				.map(key -> index.of(PersonIndex.NAME_PHONETIC, key))
				.toList();
		}
		if (digests.isEmpty()) {
			return List.of();
		}
		Object[] arguments = new Object[digests.size() + 2];
		arguments[0] = kind;
		for (int i = 0; i < digests.size(); i++) {
			arguments[i + 1] = digests.get(i);
		}
		arguments[digests.size() + 1] = digests.size();
		return jdbc.queryForList("select person_id from mnr_person_index where kind = ? and digest in ("
				+ String.join(", ", digests.stream().map(d -> "?").toList())
				+ ") group by person_id having count(distinct digest) = ?", Long.class, arguments);
	}

	private Named named(Person person) {
		return new Named(person.getId(), person.getCode(), decrypt(person, Person.Field.FIRST_NAME),
				decrypt(person, Person.Field.SECOND_NAME), person.isChild());
	}

	private String decrypt(Person person, Person.Field field) {
		String value = cipher.decrypt(person.encrypted(field), PersonRecords.binding(person, field));
		return value == null ? "" : value;
	}

	static String initials(@Nullable String firstName, @Nullable String secondName) {
		String text = (initialsOf(firstName) + " " + initialsOf(secondName)).strip();
		return text.isEmpty() ? "—" : text;
	}

	private static String initialsOf(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			String[] parts = word.split("-");
			for (int i = 0; i < parts.length; i++) {
				if (!parts[i].isEmpty()) {
					initials.append(i > 0 ? "-" : "")
						.append(parts[i].substring(0, parts[i].offsetByCodePoints(0, 1)).toUpperCase(Locale.FRENCH))
						.append('.');
				}
			}
			initials.append(' ');
		}
		return initials.toString().strip();
	}

}
