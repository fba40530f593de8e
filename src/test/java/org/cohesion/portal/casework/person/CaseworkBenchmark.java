package org.cohesion.portal.casework.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.crypto.BlindIndex;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.crypto.Normalise;
import org.cohesion.portal.casework.crypto.PhoneticKey;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The casework benchmark (bench/casework-bench.sh; skipped in the normal build): PEOPLE
 * synthetic people, each with a case file, spread over the six cells and the DLTP,
 * written straight into the tables with the real encryption and blind indexes (as the
 * person form writes them); then, as the Poro cell's supervisor (need-to-know: the cell's
 * cases), the case search by name and by phone and the case page, each through the whole
 * stack but the socket (security chain, access policy, the read audit written in the same
 * transaction, decryption, template). Latencies are printed as a Markdown row to
 * target/casework-bench.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "portal.bench.casework", matches = "true")
class CaseworkBenchmark {

	private static final List<String> FIRST = List.of("Aya", "Adjoua", "Akissi", "Amenan", "Affoué", "Mariam",
			"Fatoumata", "Awa", "Salimata", "Kadidja", "Koffi", "Kouassi", "Yao", "Kouamé", "Konan", "Seydou", "Moussa",
			"Ibrahim", "Drissa", "Lassina", "Bintou", "Nafissatou", "Rokia", "Aminata", "Issouf");

	/**
	 * Family names drawn from these stems and endings: about 600 distinct names, none
	 * shared by everyone (a word every record carries would make every name search scan
	 * the whole index, which real names do not).
	 */
	private static final List<String> LAST = List.of("Kouadi", "Traor", "Coulibal", "Ouattar", "Kon", "Diarr", "Ya",
			"Konan", "Bamb", "Sor", "Tour", "Sanog", "Diabat", "Ciss", "Kamagat", "Gbagb", "Ass", "Ak", "N’Guess",
			"Br");

	private static final List<String> ENDINGS = List.of("o", "é", "a", "y", "ou", "i", "ah", "ié", "an", "ey", "in",
			"on", "ara", "ama", "oko", "ada", "ela", "ima", "uba", "ata", "eko", "ali", "omo", "ibi", "ene", "aba",
			"ita", "oro", "ussi", "abo");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	BlindIndex index;

	@Test
	void searchAndCasePageLatencies() throws Exception {
		int people = Integer.getInteger("portal.bench.people", 100_000);
		int rounds = Integer.getInteger("portal.bench.rounds", 200);
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		List<String> cells = List.of("DLTP", "CR-GON", "CR-POR", "CR-HSA", "CR-GOH", "CR-SCO");
		List<Caseworker> owners = cells.stream().map(code -> staff.user(CaseworkRole.GESTIONNAIRE_CAS, code)).toList();
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		Random random = new Random(42);
		long started = System.nanoTime();
		List<String[]> poro = new ArrayList<>();
		int batch = 1000;
		for (int from = 0; from < people; from += batch) {
			List<Object[]> personRows = new ArrayList<>();
			List<String[]> written = new ArrayList<>();
			for (int i = from; i < Math.min(people, from + batch); i++) {
				Caseworker owner = owners.get(i % owners.size());
				String ref = UUID.randomUUID().toString().replace("-", "");
				String first = FIRST.get(random.nextInt(FIRST.size()));
				String last = LAST.get(random.nextInt(LAST.size())) + ENDINGS.get(random.nextInt(ENDINGS.size()));
				LocalDate birth = LocalDate.of(1960 + random.nextInt(60), 1 + random.nextInt(12),
						1 + random.nextInt(28));
				String phone = String.format("07%08d", i);
				String code = String.format("BENCH-P%07d", i);
				personRows.add(new Object[] { ref, code, owner.organisationId(), owner.userId(), birth,
						cipher.encrypt(first, new FieldBinding("mnr_person", "prs_first_name", ref)),
						cipher.encrypt(last, new FieldBinding("mnr_person", "prs_second_name", ref)),
						cipher.encrypt(birth.toString(), new FieldBinding("mnr_person", "prs_birthdate", ref)),
						cipher.encrypt(phone, new FieldBinding("mnr_person", "prs_mobile_phone", ref)),
						birth.isAfter(LocalDate.now().minusYears(18)) });
				written.add(new String[] { code, first, last, phone, Long.toString(owner.organisationId()),
						Long.toString(owner.userId()), ref });
			}
			jdbc.batchUpdate("insert into mnr_person (ref, code, organisation_id, owner_id, identified_on,"
					+ " prs_first_name, prs_second_name, prs_birthdate, prs_mobile_phone, prs_gender, is_child,"
					+ " created_at, updated_at) values (?, ?, ?, ?, current_date, ?, ?, ?, ?, 'NonSpecifiedUnknown', ?,"
					+ " current_timestamp, current_timestamp)",
					personRows.stream()
						.map(r -> new Object[] { r[0], r[1], r[2], r[3], r[5], r[6], r[7], r[8], r[9] })
						.toList());
			List<Object[]> indexRows = new ArrayList<>();
			List<Object[]> caseRows = new ArrayList<>();
			Timestamp now = Timestamp.from(Instant.now());
			java.util.Map<String, Long> ids = new java.util.HashMap<>();
			jdbc.query("select id, code from mnr_person where code between ? and ?", (java.sql.ResultSet rs) -> {
				ids.put(rs.getString("code"), rs.getLong("id"));
			}, written.get(0)[0], written.get(written.size() - 1)[0]);
			for (String[] w : written) {
				long id = ids.get(w[0]);
				Set<String> phonetic = new LinkedHashSet<>(PhoneticKey.ofName(w[1]));
				phonetic.addAll(PhoneticKey.ofName(w[2]));
				phonetic.stream()
					.filter(key -> !key.isEmpty())
					.forEach(key -> indexRows
						.add(new Object[] { id, PersonIndex.NAME_PHONETIC, index.of(PersonIndex.NAME_PHONETIC, key) }));
				indexRows.add(new Object[] { id, PersonIndex.NAME_EXACT,
						index.of(PersonIndex.NAME_EXACT, Normalise.fullName(w[1] + " " + w[2])) });
				indexRows
					.add(new Object[] { id, PersonIndex.PHONE, index.of(PersonIndex.PHONE, Normalise.phone(w[3])) });
				String caseCode = w[0].replace("BENCH-P", "BENCH-D");
				caseRows.add(new Object[] { UUID.randomUUID().toString().replace("-", ""), caseCode, id,
						Long.parseLong(w[4]), Long.parseLong(w[5]), now, now, now });
				if (Long.parseLong(w[4]) == supervisor.organisationId()) {
					poro.add(new String[] { caseCode, w[1] + " " + w[2], w[3] });
				}
			}
			jdbc.batchUpdate("insert into mnr_person_index (person_id, kind, digest) values (?, ?, ?)", indexRows);
			jdbc.batchUpdate("insert into mnr_case (ref, code, person_id, organisation_id, owner_id, cas_status,"
					+ " vic_trafficking_status, is_child, sexual_exploitation, opened_at, updated_at, last_activity_at)"
					+ " values (?, ?, ?, ?, ?, 'Active', 'PossibleVictimOfTrafficking', false, false, ?, ?, ?)",
					caseRows);
		}
		double generating = (System.nanoTime() - started) / 1e9;
		if (TestDatabase.postgresql()) {
			jdbc.execute("analyze");
		}

		// warm-up, then the measured rounds
		for (int i = 0; i < 30; i++) {
			round(poro, random, supervisor, null);
		}
		List<Long> byName = new ArrayList<>();
		List<Long> byPhone = new ArrayList<>();
		List<Long> casePage = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			round(poro, random, supervisor, new List[] { byName, byPhone, casePage });
		}
		String row = String.format("| %s | %s | %,d | %.0f s | %s | %s | %s | %s |%n",
				System.getProperty("java.version"), TestDatabase.postgresql() ? "PostgreSQL" : "H2", people, generating,
				percentiles(byName), percentiles(byPhone), percentiles(casePage), String.format("%.1f",
						java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		Files.writeString(Path.of("target/casework-bench.md"), row, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.print(row);
	}

	@SuppressWarnings("unchecked")
	private void round(List<String[]> poro, Random random, Caseworker supervisor, List<Long>[] into) throws Exception {
		String[] one = poro.get(random.nextInt(poro.size()));
		long t0 = System.nanoTime();
		MvcResult named = mvc.perform(get("/mnr/dossiers").param("q", one[1]).with(as(supervisor))).andReturn();
		long t1 = System.nanoTime();
		MvcResult phoned = mvc.perform(get("/mnr/dossiers").param("q", one[2]).with(as(supervisor))).andReturn();
		long t2 = System.nanoTime();
		MvcResult page = mvc.perform(get("/mnr/dossiers/" + one[0]).with(as(supervisor))).andReturn();
		long t3 = System.nanoTime();
		// a name is shared by a few dozen people of the cell: the page lists the first of
		// them
		assertThat(named.getResponse().getStatus()).isEqualTo(200);
		assertThat(phoned.getResponse().getContentAsString()).contains(one[0]);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		if (into != null) {
			into[0].add(t1 - t0);
			into[1].add(t2 - t1);
			into[2].add(t3 - t2);
		}
	}

	private static String percentiles(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format("%.1f / %.1f / %.1f", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
	}

}
