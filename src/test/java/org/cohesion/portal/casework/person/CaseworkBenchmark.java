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
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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
	@DisabledIfSystemProperty(named = "portal.bench.parts", matches = "referrals")
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

	/**
	 * Ten times the country's yearly volume (issue 13: about 12,000 new cases a year,
	 * five referrals each): 120,000 cases opened over ten years and 600,000 referrals to
	 * 50 providers (skewed: the busiest gets about one in seven), with their answers,
	 * closings and a follow-up per case, written by a few set-based statements
	 * (PostgreSQL's generate_series, so PostgreSQL only). Then, through the whole stack,
	 * the busiest provider's inbox, a cell's dashboard and the national dashboard; the
	 * same again without the V49 indexes, for the ratio; and the query plans, written to
	 * target/casework-bench-explain.txt.
	 */
	@Test
	@DisabledIfSystemProperty(named = "portal.bench.parts", matches = "search")
	void inboxAndDashboardsAtTenTimesTheYearlyVolume() throws Exception {
		assumeTrue(TestDatabase.postgresql(), "set-based generation uses PostgreSQL's generate_series");
		int cases = Integer.getInteger("portal.bench.cases", 120_000);
		int rounds = Integer.getInteger("portal.bench.rounds", 200);
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		List<String> cells = List.of("DLTP", "CR-GON", "CR-POR", "CR-HSA", "CR-GOH", "CR-SCO");
		List<Caseworker> owners = cells.stream().map(code -> staff.user(CaseworkRole.GESTIONNAIRE_CAS, code)).toList();
		String cellIds = String.join(",", owners.stream().map(o -> Long.toString(o.organisationId())).toList());
		String ownerIds = String.join(",", owners.stream().map(o -> Long.toString(o.userId())).toList());
		long started = System.nanoTime();
		jdbc.update("insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
				+ " select 'BENCH-PR' || lpad(g::text, 3, '0'), 'Prestataire d’essai ' || g, 'PRESTATAIRE', 'NGO',"
				+ " 'Poro', true, current_timestamp from generate_series(1, 50) g");
		Caseworker provider = staff.user(CaseworkRole.PRESTATAIRE, "BENCH-PR001");
		Caseworker cellSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		Caseworker national = staff.user(CaseworkRole.SUPERVISEUR, "DLTP");
		long firstProvider = provider.organisationId();
		// people: no names (the pages measured here never show one)
		jdbc.update("insert into mnr_person (ref, code, organisation_id, owner_id, identified_on, prs_gender, is_child,"
				+ " created_at, updated_at) select md5('p' || g), 'BENCH-Q' || lpad(g::text, 7, '0')," + " (array["
				+ cellIds + "])[1 + g % 6], (array[" + ownerIds + "])[1 + g % 6], current_date,"
				+ " 'NonSpecifiedUnknown', g % 5 = 0, current_timestamp, current_timestamp"
				+ " from generate_series(1, ?) g", cases);
		// cases opened evenly over ten years; those of the last year open
		jdbc.update("insert into mnr_case (ref, code, person_id, organisation_id, owner_id, cas_status,"
				+ " vic_trafficking_status, is_child, sexual_exploitation, opened_at, updated_at, last_activity_at)"
				+ " select md5('c' || p.id), 'BENCH-E' || substr(p.code, 8), p.id, p.organisation_id, p.owner_id,"
				+ " case when o.at > now() - interval '1 year' then (case when random() < 0.7 then 'Active'"
				+ " else 'FollowUp' end) else 'Closed' end, case when random() < 0.8 then"
				+ " 'PossibleVictimOfTrafficking' else 'ActualVictimOfTrafficking' end, p.is_child, random() < 0.3,"
				+ " o.at, o.at, o.at from mnr_person p cross join lateral (select now() - interval '3650 days'"
				+ " * random() - interval '0 days' * p.id as at) o where p.code like 'BENCH-Q%'");
		// five referrals per case, sent within 60 days of the opening; older than 60
		// days:
		// answered and closed (done, refused, revoked); recent: in every status
		jdbc.update("insert into mnr_referral (ref, case_id, case_code, person_id, sender_organisation_id,"
				+ " provider_organisation_id, service_type, urgent, status, shared_fields, ground, sent_by_id, sent_at,"
				+ " answered_at, started_at, closed_at)"
				+ " select md5('r' || c.id || '-' || k), c.id, c.code, c.person_id, c.organisation_id,"
				+ " ? + floor(50 * power(random(), 2))::int, (array['NGO_SHELTER', 'MEDICAL', 'PSYCHOSOCIAL',"
				+ " 'LEGAL_AID', 'EDUCATION'])[k], random() < 0.1, s.status, 'FIRST_NAME', 'CONSENT', c.owner_id,"
				+ " s.sent_at, case when s.status = 'SENT' then null else least(s.sent_at + interval '1 hour' * (1 + 72"
				+ " * random()), now()) end, case when s.status in ('IN_PROGRESS', 'DONE') then least(s.sent_at"
				+ " + interval '3 days', now()) end, case when s.status in ('DONE', 'REFUSED', 'REVOKED') then"
				+ " least(s.sent_at + interval '20 days', now()) end from mnr_case c cross join generate_series(1, 5) k cross join lateral (select t.sent_at,"
				+ " case when t.sent_at < now() - interval '60 days' then (case when t.r < 0.8 then 'DONE'"
				+ " when t.r < 0.95 then 'REFUSED' else 'REVOKED' end) else (case when t.r < 0.3 then 'SENT'"
				+ " when t.r < 0.5 then 'ACCEPTED' when t.r < 0.8 then 'IN_PROGRESS' when t.r < 0.9 then 'DONE'"
				+ " else 'REFUSED' end) end as status from (select least(c.opened_at + interval '1 day' * (60 * random()"
				+ " + k - k), now() - interval '1 hour') as sent_at, random() as r) t) s where c.code like 'BENCH-E%'",
				firstProvider);
		// a follow-up per case: done for the closed cases, some overdue for the open ones
		jdbc.update("insert into mnr_followup (ref, case_id, case_code, organisation_id, owner_id, subject, due_on,"
				+ " done_on, created_by_id, created_at) select md5('f' || c.id), c.id, c.code, c.organisation_id,"
				+ " c.owner_id, '\\x01'::bytea, (c.opened_at + interval '30 days')::date, case when c.cas_status ="
				+ " 'Closed' then (c.opened_at + interval '31 days')::date end, c.owner_id, c.opened_at from mnr_case c"
				+ " where c.code like 'BENCH-E%'");
		// only this schema's tables: the PostgreSQL server is shared
		for (String table : List.of("mnr_organisation", "mnr_person", "mnr_case", "mnr_referral", "mnr_followup")) {
			jdbc.execute("vacuum analyze " + table);
		}
		double generating = (System.nanoTime() - started) / 1e9;
		long referrals = jdbc.queryForObject("select count(*) from mnr_referral", Long.class);
		long providerOpen = jdbc.queryForObject("select count(*) from mnr_referral where provider_organisation_id = ?"
				+ " and status in ('SENT', 'ACCEPTED', 'IN_PROGRESS')", Long.class, firstProvider);
		long providerAll = jdbc.queryForObject("select count(*) from mnr_referral where provider_organisation_id = ?",
				Long.class, firstProvider);

		StringBuilder explain = new StringBuilder();
		explain(explain, "inbox, open", "select ref, case_code, service_type, urgent, status, sent_at from mnr_referral"
				+ " where provider_organisation_id = " + firstProvider
				+ " and status in ('SENT', 'ACCEPTED', 'IN_PROGRESS') order by urgent desc, sent_at asc limit 200");
		explain(explain, "inbox, last closed", "select ref, case_code, service_type, urgent, status, sent_at from"
				+ " mnr_referral where provider_organisation_id = " + firstProvider + " and closed_at is not null"
				+ " and status in ('REFUSED', 'DONE') order by closed_at desc limit 20");
		String median = "select o.name, count(*) as n, percentile_cont(0.5) within group (order by extract(epoch from"
				+ " r.answered_at) - extract(epoch from r.sent_at)) as median from mnr_referral r join mnr_organisation"
				+ " o on o.id = r.provider_organisation_id where r.answered_at >= now() - interval '365 days'";
		explain(explain, "median response time, national", median + " group by o.name order by o.name");
		explain(explain, "median response time, one cell", median + " and r.sender_organisation_id = "
				+ cellSupervisor.organisationId() + " group by o.name order by o.name");
		explain(explain, "open cases by stage, one cell",
				"select cas_status, vic_trafficking_status, is_child, count(*) as n from mnr_case where cas_status in"
						+ " ('Active', 'FollowUp') and organisation_id = " + cellSupervisor.organisationId()
						+ " group by cas_status, vic_trafficking_status, is_child");
		Files.writeString(Path.of("target/casework-bench-explain.txt"),
				"Java " + System.getProperty("java.version") + "\n" + explain, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);

		String[] with = measure(provider, cellSupervisor, national, rounds);
		List<String> v49 = List.of("mnr_referral_provider_closed", "mnr_referral_answered",
				"mnr_referral_sender_answered", "mnr_referral_awaiting", "mnr_case_stage", "mnr_followup_due");
		v49.forEach(name -> jdbc.execute("drop index " + name));
		jdbc.execute("analyze mnr_referral");
		jdbc.execute("analyze mnr_case");
		jdbc.execute("analyze mnr_followup");
		// fewer rounds: without the indexes a national view costs about a second
		String[] without = measure(provider, cellSupervisor, national, Math.max(40, rounds / 5));
		String load = String.format("%.1f",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		String rows = String.format("| %s | %,d / %,d | %,d (%,d open) | %.0f s | %s | %s | %s | %s |%n",
				System.getProperty("java.version"), cases, referrals, providerAll, providerOpen, generating, with[0],
				with[1], with[2], load)
				+ String.format("| %s, without V49 | | | | %s | %s | %s | %s |%n", System.getProperty("java.version"),
						without[0], without[1], without[2], load);
		Files.writeString(Path.of("target/casework-bench-referrals.md"), rows, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.print(rows);
	}

	private String[] measure(Caseworker provider, Caseworker cellSupervisor, Caseworker national, int rounds)
			throws Exception {
		List<Long> inbox = new ArrayList<>();
		List<Long> cell = new ArrayList<>();
		List<Long> country = new ArrayList<>();
		for (int i = 0; i < rounds + 30; i++) {
			long t0 = System.nanoTime();
			MvcResult a = mvc.perform(get("/mnr/referencements").with(as(provider))).andReturn();
			long t1 = System.nanoTime();
			MvcResult b = mvc.perform(get("/mnr/tableau-de-bord").with(as(cellSupervisor))).andReturn();
			long t2 = System.nanoTime();
			MvcResult c = mvc.perform(get("/mnr/tableau-de-bord").with(as(national))).andReturn();
			long t3 = System.nanoTime();
			assertThat(a.getResponse().getContentAsString()).contains("BENCH-E");
			assertThat(b.getResponse().getStatus()).isEqualTo(200);
			assertThat(c.getResponse().getStatus()).isEqualTo(200);
			if (i >= 30) {
				inbox.add(t1 - t0);
				cell.add(t2 - t1);
				country.add(t3 - t2);
			}
		}
		return new String[] { percentiles(inbox), percentiles(cell), percentiles(country) };
	}

	private void explain(StringBuilder into, String title, String sql) {
		into.append("\n## ").append(title).append("\n");
		jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
			.forEach(line -> into.append(line).append('\n'));
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
