package org.cohesion.portal.casework.person;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.crypto.CaseworkFiles;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The proof of "encrypted identities": in demo mode, every column of every table of the
 * casework database read as text, and every file of the casework store, contain none of
 * the demo people's names, phone numbers or birth dates, in any of the ways they are
 * written; while the same values are on the owner's page (so the search can fail).
 */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class RawStoreScanTests {

	@Autowired
	@Qualifier("caseworkDataSource")
	DataSource caseworkDataSource;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	CaseworkFiles files;

	@Autowired
	MockMvc mvc;

	/**
	 * Each identifying value of the demo people, as written and in its other usual
	 * spellings.
	 */
	static Set<String> needles() {
		Set<String> needles = new LinkedHashSet<>();
		for (DemoPeople.DemoPerson person : DemoPeople.PEOPLE) {
			for (String name : List.of(person.firstName(), person.secondName())) {
				needles.add(name.toLowerCase(Locale.ROOT));
				needles.add(org.cohesion.portal.casework.crypto.Normalise.name(name));
			}
			if (!person.aliases().isEmpty()) {
				needles.add(person.aliases().toLowerCase(Locale.ROOT));
			}
			String phone = person.mobilePhone();
			needles.add(phone.toLowerCase(Locale.ROOT));
			needles.add(phone.replace(" ", ""));
			needles.add(org.cohesion.portal.casework.crypto.Normalise.phone(phone));
			String date = person.birthdate();
			needles.add(date);
			needles.add(date.replace("-", ""));
			String[] parts = date.split("-");
			needles.add(parts[2] + "/" + parts[1] + "/" + parts[0]);
			needles.add(person.narrative().substring(0, 40).toLowerCase(Locale.ROOT));
		}
		needles.add("quartier fictif");
		return needles;
	}

	/**
	 * Whether {@code needle} is in {@code text} other than by chance inside an encoded
	 * secret: a password hash, a ciphertext or a key in Base64 or hex is a long run of
	 * letters, digits and a few signs, where a short name ("kiki") turns up at random (it
	 * did, in a password hash). A name leaked in clear stands alone or among a few
	 * letters (a normalised key, a field of a JSON text), never inside such a run.
	 */
	static boolean readableIn(String text, String needle) {
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			int start = at;
			while (start > 0 && encoded(text.charAt(start - 1))) {
				start--;
			}
			int end = at + needle.length();
			while (end < text.length() && encoded(text.charAt(end))) {
				end++;
			}
			boolean insideEncodedRun = needle.chars().allMatch(c -> encoded((char) c)) && end - start >= ENCODED_RUN;
			if (!insideEncodedRun) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Shorter than any hash, key or ciphertext the casework stores, longer than a name.
	 */
	private static final int ENCODED_RUN = 40;

	private static boolean encoded(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "+/=$._-".indexOf(c) >= 0;
	}

	@Test
	void aNameIsFoundInClearButNotByChanceInsideAnEncodedSecret() {
		assertThat(readableIn("nom : kiki traoré", "kiki")).isTrue();
		assertThat(readableIn("{\"first\":\"kiki\"}", "kiki")).isTrue();
		assertThat(readableIn("kikitraore", "kiki")).isTrue();
		assertThat(readableIn("$2a$10$q0x9zlwkikiz7f1ue8qmvwzh3.kyzcd9l0p2hq4n5m6b7v8c9x0zaq", "kiki")).isFalse();
		assertThat(readableIn("kiki $2a$10$q0x9zlwkikiz7f1ue8qmvwzh3.kyzcd9l0p2hq4n5m6b7v8c9x0zaq", "kiki")).isTrue();
	}

	@Test
	void noDemoNamePhoneOrBirthDateIsInAnyRawTableOrFile() throws Exception {
		// the demo case files bring people of their own (DemoCases), with names of their
		// own; a demo person's case opened through a real interview (DemoAlerts) is
		// theirs
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_person p where not exists (select 1 from mnr_case c where c.person_id = p.id"
						+ " and not exists (select 1 from mnr_screening s where s.ref = c.screening_ref))",
				Long.class))
			.isEqualTo(DemoPeople.PEOPLE.size());
		// a scanned form naming a demo person, stored like any casework file
		DemoPeople.DemoPerson first = DemoPeople.PEOPLE.get(0);
		files.store(("Formulaire de consentement de " + first.firstName() + " " + first.secondName() + ", née le "
				+ first.birthdate() + ", tél. " + first.mobilePhone())
			.getBytes(StandardCharsets.UTF_8));

		Set<String> needles = needles();
		List<String> found = new ArrayList<>();
		int tables = 0;
		long cells = 0;
		try (Connection connection = caseworkDataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			List<String> names = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME"));
				}
			}
			assertThat(names).contains("mnr_person", "mnr_person_index", "mnr_audit", "mnr_break_glass");
			for (String table : names) {
				tables++;
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select * from " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						for (int i = 1; i <= columns.getColumnCount(); i++) {
							cells++;
							Object value = rows.getObject(i);
							if (value == null) {
								continue;
							}
							String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
									+ " " + new String(bytes, StandardCharsets.ISO_8859_1) + " "
									+ HexFormat.of().formatHex(bytes) : String.valueOf(value);
							String lower = text.toLowerCase(Locale.ROOT);
							for (String needle : needles) {
								if (readableIn(lower, needle)) {
									found.add(table + "." + columns.getColumnName(i) + " contains " + needle);
								}
							}
						}
					}
				}
			}
		}
		int scannedFiles = 0;
		try (Stream<Path> stored = Files.walk(files.root())) {
			for (Path file : stored.filter(Files::isRegularFile).toList()) {
				scannedFiles++;
				byte[] bytes = Files.readAllBytes(file);
				String lower = (new String(bytes, StandardCharsets.UTF_8)
						+ new String(bytes, StandardCharsets.ISO_8859_1))
					.toLowerCase(Locale.ROOT);
				needles.stream()
					.filter(needle -> readableIn(lower, needle))
					.forEach(needle -> found.add(file + " contains " + needle));
			}
		}
		assertThat(tables).isGreaterThan(10);
		assertThat(cells).isGreaterThan(100);
		assertThat(scannedFiles).isPositive();
		assertThat(found).isEmpty();
	}

	@Test
	void theSameValuesAreOnTheOwnersPage() throws Exception {
		DemoPeople.DemoPerson first = DemoPeople.PEOPLE.get(0);
		Caseworker owner = jdbc
			.query("select u.id, u.username, u.display_name, u.role, o.id as org, o.code, o.region"
					+ " from mnr_user u join mnr_organisation o on o.id = u.organisation_id where u.username = ?",
					(rs, row) -> new Caseworker(rs.getLong(1), rs.getString(2), rs.getString(3),
							org.cohesion.portal.casework.staff.CaseworkRole.valueOf(rs.getString(4)), rs.getLong(5),
							rs.getString(6), rs.getString(7)),
					first.owner())
			.get(0);
		String code = jdbc
			.queryForList("select code from mnr_person where owner_id = ? order by id", String.class, owner.userId())
			.get(0);
		// a child: the name is shown when the owner asks for it
		String page = mvc
			.perform(post("/mnr/personnes/" + code + "/nom").with(CaseworkStaff.as(owner))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(first.firstName(), first.mobilePhone(), "17 avril 2011");
	}

}
