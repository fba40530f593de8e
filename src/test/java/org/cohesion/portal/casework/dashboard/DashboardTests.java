package org.cohesion.portal.casework.dashboard;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cohesion.portal.casework.TestCases;
import org.cohesion.portal.casework.TestCases.Person;
import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The dashboards through HTTP: a cell's figures for its supervisors and case workers,
 * counts only (no name, no case or person code in the page), the DLTP's analyst seeing
 * small counts as "moins de 5", another cell's supervisor seeing only their own cell, and
 * the view audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	@Qualifier(CaseworkTransactional.TRANSACTION_MANAGER)
	PlatformTransactionManager transactions;

	private String cellCode;

	private String providerName;

	private Caseworker worker;

	private Caseworker supervisor;

	private Caseworker analyst;

	private Caseworker nationalSupervisor;

	private Caseworker otherCellSupervisor;

	private Caseworker provider;

	private final List<String> codes = new ArrayList<>();

	private final List<String> names = List.of("Adjoua", "Mariétou", "Kadidja");

	@BeforeAll
	void aCellWithThreeOpenCasesAndItsReferrals() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		cellCode = "CR-T" + suffix;
		jdbc.update(
				"insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
						+ " values (?, ?, 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', ?, true, current_timestamp)",
				cellCode, "Cellule d’essai " + suffix, "Essai" + suffix);
		providerName = "Foyer du tableau " + suffix;
		jdbc.update(
				"insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
						+ " values (?, ?, 'PRESTATAIRE', 'NGO', ?, true, current_timestamp)",
				"P-T" + suffix, providerName, "Essai" + suffix);
		long providerId = jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class,
				"P-T" + suffix);
		jdbc.update("insert into mnr_service (ref, organisation_id, service_type, regions, takes_children, takes_women,"
				+ " takes_men, capacity_total, places_free, created_at) values (?, ?, 'FOSTER_FAMILY', ?, true, true,"
				+ " false, 12, 7, current_timestamp)", "s" + suffix, providerId, "Essai" + suffix);
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, cellCode);
		supervisor = staff.user(CaseworkRole.SUPERVISEUR, cellCode);
		analyst = staff.user(CaseworkRole.ANALYSTE, "DLTP");
		nationalSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "DLTP");
		otherCellSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-GON");
		provider = staff.user(CaseworkRole.PRESTATAIRE, "P-T" + suffix);
		codes.add(openCase(names.get(0), true, false));
		String second = openCase(names.get(1), false, false);
		String third = openCase(names.get(2), false, true);
		codes.add(second);
		codes.add(third);
		long cellId = worker.organisationId();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// answered after 2 h, 4 h and 10 h: the median is 4 h
		referral(cellId, providerId, "ACCEPTED", false, now.minus(Duration.ofDays(3)), Duration.ofHours(2));
		referral(cellId, providerId, "REFUSED", false, now.minus(Duration.ofDays(2)), Duration.ofHours(4));
		referral(cellId, providerId, "ACCEPTED", true, now.minus(Duration.ofDays(1)), Duration.ofHours(10));
		// awaiting: two, one of them urgent
		referral(cellId, providerId, "SENT", true, now.minus(Duration.ofHours(5)), null);
		referral(cellId, providerId, "SENT", false, now.minus(Duration.ofHours(6)), null);
		// two follow-ups of the cell past their due date, one of them done: one overdue
		for (boolean done : new boolean[] { false, true }) {
			jdbc.update("insert into mnr_followup (ref, case_id, case_code, organisation_id, owner_id, subject, due_on,"
					+ " done_on, created_by_id, created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
					UUID.randomUUID().toString().replace("-", ""), codes.get(0), cellId, worker.userId(),
					new byte[] { 1 }, java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(3)),
					done ? java.sql.Date.valueOf(java.time.LocalDate.now()) : null, worker.userId());
		}
		// two closure requests waiting for the cell's supervisor
		for (String code : List.of(second, third)) {
			assertThat(status(post("/mnr/dossiers/" + code + "/cloture").with(as(worker))
				.with(csrf())
				.param("category", "OBJECTIVES_MET")
				.param("reason", "Objectifs du plan atteints"))).isEqualTo(302);
		}
	}

	@Test
	void pendingClosureRequestsAreCountedForTheCellAndMaskedNationally() throws Exception {
		String label = "Demandes de clôture en attente de la décision d’un superviseur\u00a0: <strong>";
		assertThat(html(get("/mnr/tableau-de-bord").with(as(supervisor)))).contains(label + "2</strong>");
		assertThat(html(get("/mnr/tableau-de-bord").with(as(worker)))).contains(label + "2</strong>");
		assertThat(html(get("/mnr/tableau-de-bord").param("cellule", cellCode).with(as(analyst))))
			.contains(label + "moins de 5</strong>");
		assertThat(html(get("/mnr/tableau-de-bord").with(as(otherCellSupervisor))))
			.contains(label + pendingClosures("CR-GON") + "</strong>");
		long everywhere = pendingClosures(null);
		String national = html(get("/mnr/tableau-de-bord").with(as(nationalSupervisor)));
		assertThat(national)
			.contains(label + (everywhere < 5 ? "moins de 5" : Long.toString(everywhere)) + "</strong>");
		assertNoOneNamed(national);
	}

	@Test
	void theCellsSupervisorSeesItsCountsAndNoNameNorCode() throws Exception {
		long viewsBefore = dashboardViews(supervisor);
		String html = html(get("/mnr/tableau-de-bord").with(as(supervisor)));
		assertThat(html).contains("Cellule d’essai")
			.contains("Dossiers ouverts\u00a0: <strong>3</strong>")
			.contains("En attente de la réponse du prestataire\u00a0: <strong>2</strong>")
			.contains("Dont urgents\u00a0: <strong>1</strong>")
			.contains("Suivis en retard (date prévue passée, non faits)\u00a0: <strong>1</strong>")
			.contains(providerName)
			.contains("4\u00a0h 0\u00a0min")
			.doesNotContain("moins de 5")
			.contains("/mnr/tableau-de-bord\"");
		assertNoOneNamed(html);
		assertThat(dashboardViews(supervisor)).isEqualTo(viewsBefore + 1);
	}

	@Test
	void theCellsCaseWorkerSeesTheCellsFiguresToo() throws Exception {
		String html = html(get("/mnr/tableau-de-bord").with(as(worker)));
		assertThat(html).contains("Dossiers ouverts\u00a0: <strong>3</strong>");
		assertNoOneNamed(html);
	}

	@Test
	void theDltpsAnalystSeesSmallCountsMasked() throws Exception {
		String html = html(get("/mnr/tableau-de-bord").param("cellule", cellCode).with(as(analyst)));
		assertThat(html).contains("Dossiers ouverts\u00a0: <strong>moins de 5</strong>")
			.contains("En attente de la réponse du prestataire\u00a0: <strong>moins de 5</strong>")
			.doesNotContain("<strong>3</strong>")
			.contains(providerName)
			.contains("trop peu de réponses")
			.doesNotContain("4\u00a0h 0\u00a0min");
		assertNoOneNamed(html);
		String national = html(get("/mnr/tableau-de-bord").with(as(nationalSupervisor)));
		assertThat(national).contains("Toutes les cellules du mécanisme")
			.contains("s’affiche «\u00a0moins de 5\u00a0»");
		assertNoOneNamed(national);
	}

	@Test
	void anotherCellsSupervisorSeesOnlyTheirOwnCell() throws Exception {
		String html = html(get("/mnr/tableau-de-bord").with(as(otherCellSupervisor)));
		assertThat(html).contains("Cellule régionale du Gontougo").doesNotContain(providerName);
		assertThat(status(get("/mnr/tableau-de-bord").param("cellule", cellCode).with(as(otherCellSupervisor))))
			.isEqualTo(404);
	}

	@Test
	void aProviderHasNoDashboard() throws Exception {
		assertThat(status(get("/mnr/tableau-de-bord").with(as(provider)))).isEqualTo(404);
	}

	@Test
	void theDatabasesMedianOfAnEvenNumberIsTheMeanOfTheTwoMiddleOnes() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		jdbc.update(
				"insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
						+ " values (?, ?, 'PRESTATAIRE', 'NGO', ?, true, current_timestamp)",
				"P-M" + suffix, "Centre médian " + suffix, "Essai" + suffix);
		long providerId = jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class,
				"P-M" + suffix);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// answered after 10 h, 2 h, 4 h and 6 h: PERCENTILE_CONT gives 5 h, on H2 as on
		// PostgreSQL; one answered 13 months ago is out of the window
		for (int hours : new int[] { 10, 2, 4, 6 }) {
			referral(worker.organisationId(), providerId, "ACCEPTED", false, now.minus(Duration.ofDays(hours)),
					Duration.ofHours(hours));
		}
		referral(worker.organisationId(), providerId, "ACCEPTED", false, now.minus(Duration.ofDays(400)),
				Duration.ofHours(90));
		String html = html(get("/mnr/tableau-de-bord").with(as(supervisor)));
		String row = html.substring(html.indexOf("Centre médian " + suffix));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("5\u00a0h 0\u00a0min").contains(">4<");
	}

	// ---- helpers

	private long dashboardViews(Caseworker who) {
		return jdbc.queryForObject("select count(*) from mnr_audit where record_type = 'dashboard'"
				+ " and record_ref = ? and actor_id = ?", Long.class, cellCode, who.userId());
	}

	private long pendingClosures(String cell) {
		return jdbc.queryForObject("select count(*) from mnr_case_closure r join mnr_case c on c.id = r.case_id"
				+ " join mnr_organisation o on o.id = c.organisation_id where r.status = 'PENDING'"
				+ " and (cast(? as varchar(40)) is null or o.code = ?)", Long.class, cell, cell);
	}

	private void assertNoOneNamed(String html) {
		for (String code : codes) {
			assertThat(html).doesNotContain(code);
		}
		for (String name : names) {
			assertThat(html).doesNotContain(name);
		}
		assertThat(html).doesNotContain("Essai-Tableau");
	}

	private String openCase(String firstName, boolean child, boolean actual) throws Exception {
		TestCases.Opened opened = new TestCases(mvc, jdbc, events, transactions).open(worker,
				Person.named(firstName, "Essai-Tableau").born(child ? "2014-03-04" : "1999-03-04"), actual, child);
		codes.add(opened.personCode());
		return opened.caseCode();
	}

	private void referral(long cellId, long providerId, String status, boolean urgent, Instant sentAt,
			Duration answeredAfter) {
		String ref = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		jdbc.update("insert into mnr_referral (ref, case_id, case_code, person_id, sender_organisation_id,"
				+ " provider_organisation_id, service_type, urgent, status, shared_fields, ground, sent_by_id, sent_at,"
				+ " answered_at) values (?, 0, 'MNR-2026-TST-D00001', 0, ?, ?, 'FOSTER_FAMILY', ?, ?, '', 'CONSENT', ?, ?, ?)",
				ref, cellId, providerId, urgent, status, worker.userId(), Timestamp.from(sentAt),
				answeredAfter == null ? null : Timestamp.from(sentAt.plus(answeredAfter)));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
