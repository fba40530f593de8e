package org.cohesion.portal.casework.closure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Closure on request through HTTP: the owner asks (category and reason, what is still
 * open shown as a warning), a case worker cannot decide, a supervisor of another cell
 * does not even see it, the cell's supervisor approves or rejects with a reason; the
 * closed case is read-only and stays within need-to-know; reopening is a supervisor's
 * with a written reason. Texts encrypted at rest, every step on the timeline and audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosureFlowTests {

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

	private Caseworker worker;

	private Caseworker supervisor;

	private Caseworker otherCell;

	@BeforeAll
	void staff() {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		otherCell = staff.user(CaseworkRole.SUPERVISEUR, "CR-GON");
	}

	@Test
	void theOwnerAsksTheCellsSupervisorApprovesAndTheClosedCaseIsReadOnlyWithinNeedToKnow() throws Exception {
		String code = openCase("Awa", "Clôture-Approuvée");
		assertThat(status(post("/mnr/dossiers/" + code + "/plan").with(as(worker))
			.with(csrf())
			.param("type", "EDUCATION")
			.param("objective", "Reprendre l’école")
			.param("action", "Inscription au CM1")
			.param("plannedEnd", LocalDate.now().plusMonths(2).toString()))).isEqualTo(302);
		String page = html(get("/mnr/dossiers/" + code + "/cloture").with(as(worker)));
		assertThat(page).contains("id=\"encore-ouvert\"", "une action du plan non réalisée",
				"Envoyer la demande de clôture");
		assertThat(status(get("/mnr/dossiers/" + code + "/cloture").with(as(otherCell)))).isEqualTo(404);

		MvcResult noReason = mvc.perform(request(worker, code, "OBJECTIVES_MET", "  ")).andReturn();
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(noReason)).contains("Indiquez le motif détaillé de la clôture.");
		MvcResult noCategory = mvc.perform(request(worker, code, "", "Objectifs atteints")).andReturn();
		assertThat(html(noCategory)).contains("Choisissez un motif de clôture dans la liste.")
			.contains("Objectifs atteints");
		assertThat(count("select count(*) from mnr_case_closure where case_code = ?", code)).isZero();

		assertThat(status(request(worker, code, "OBJECTIVES_MET", "Objectifs du plan atteints, vit chez sa tante")))
			.isEqualTo(302);
		String ref = jdbc.queryForObject("select ref from mnr_case_closure where case_code = ?", String.class, code);
		byte[] stored = jdbc.queryForObject("select reason from mnr_case_closure where ref = ?", byte[].class, ref);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("tante");
		assertThat(status(request(worker, code, "OTHER", "Une seconde demande"))).as("one pending request per case")
			.isEqualTo(422);
		assertThat(html(get("/mnr/clotures").with(as(supervisor)))).contains(code);
		assertThat(html(get("/mnr/clotures").with(as(otherCell)))).doesNotContain(code);
		assertThat(html(get("/mnr").with(as(supervisor)))).contains("Demandes de clôture à décider");
		assertThat(count("select count(*) from mnr_notification where recipient_id = ? and kind = 'CLOSURE_REQUESTED'"
				+ " and record_ref = ?", supervisor.userId(), code))
			.isEqualTo(1);

		MvcResult byWorker = mvc.perform(decide(worker, code, ref, "approuver", null, 0)).andReturn();
		assertThat(byWorker.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(byWorker))
			.contains("Seul un superviseur de la cellule du dossier peut approuver ou rejeter une demande de clôture.");
		assertThat(status(decide(otherCell, code, ref, "approuver", null, 0))).isEqualTo(404);
		assertThat(caseStatus(code)).isEqualTo("Active");

		assertThat(status(decide(supervisor, code, ref, "approuver", null, 0))).isEqualTo(302);
		assertThat(caseStatus(code)).isEqualTo("Closed");
		byte[] reason = jdbc.queryForObject("select cas_reason_for_closure from mnr_case where code = ?", byte[].class,
				code);
		assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("tante");
		assertThat(timeline(code)).containsSubsequence("CLOSURE_REQUESTED", "CLOSURE_APPROVED");
		String view = html(get("/mnr/dossiers/" + code).with(as(worker)));
		assertThat(view)
			.contains("Clôturé", "Objectifs du plan atteints, vit chez sa tante",
					"Clôture demandée (Objectifs du plan atteints, personne réintégrée).")
			.doesNotContain("action=\"/mnr/dossiers/" + code + "/notes\"");
		assertThat(html(get("/mnr/clotures").with(as(worker)))).contains(code, "approuvée");
		assertThat(count("select count(*) from mnr_notification where recipient_id = ? and kind = 'CLOSURE_ANSWERED'"
				+ " and record_ref = ?", worker.userId(), code))
			.isEqualTo(1);
		assertThat(count("select count(*) from mnr_audit where record_type = 'case-closure' and record_ref = ?", ref))
			.isEqualTo(2);

		// read-only, and read only within need-to-know
		assertThat(status(get("/mnr/dossiers/" + code).with(as(otherCell)))).isEqualTo(404);
		assertThat(status(post("/mnr/dossiers/" + code + "/notes").with(as(worker)).with(csrf()).param("text", "x")))
			.isEqualTo(422);
		long actions = count("select count(*) from mnr_plan_action where case_code = ?", code);
		mvc.perform(post("/mnr/dossiers/" + code + "/plan").with(as(worker))
			.with(csrf())
			.param("type", "HEALTH")
			.param("objective", "Encore")
			.param("action", "Encore")
			.param("plannedEnd", LocalDate.now().plusMonths(2).toString()));
		assertThat(count("select count(*) from mnr_plan_action where case_code = ?", code)).isEqualTo(actions);
		MvcResult reintegration = mvc
			.perform(post("/mnr/dossiers/" + code + "/reintegration").with(as(worker))
				.with(csrf())
				.param("dimension", "SCHOOLING")
				.param("status", "IN_PROGRESS"))
			.andReturn();
		assertThat(reintegration.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(reintegration)).contains("Le dossier est clôturé");

		// reopening: a supervisor's, with a written reason
		long version = jdbc.queryForObject("select version from mnr_case where code = ?", Long.class, code);
		MvcResult workerReopens = mvc.perform(reopen(worker, code, "Elle revient vers la cellule", version))
			.andReturn();
		assertThat(workerReopens.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(workerReopens)).contains("Seul un superviseur de la cellule du dossier peut le rouvrir.");
		assertThat(status(reopen(supervisor, code, " ", version))).isEqualTo(422);
		assertThat(status(reopen(supervisor, code, "Menaces reçues à nouveau", version))).isEqualTo(302);
		assertThat(caseStatus(code)).isEqualTo("Active");
		assertThat(timeline(code)).endsWith("CASE_REOPENED");
		assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(worker))))
			.contains("Menaces reçues à nouveau", "Envoyer la demande de clôture");
	}

	@Test
	void aRejectionNeedsItsReasonTheRequesterReadsItAndOnlyTheRequesterWithdraws() throws Exception {
		String code = openCase("Mariam", "Clôture-Rejetée");
		mvc.perform(request(worker, code, "CONTACT_LOST", "Injoignable depuis un mois"));
		String ref = jdbc.queryForObject("select ref from mnr_case_closure where case_code = ?", String.class, code);
		MvcResult noNote = mvc.perform(decide(supervisor, code, ref, "rejeter", " ", 0)).andReturn();
		assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(noNote)).contains("Indiquez le motif du rejet.");
		assertThat(status(decide(supervisor, code, ref, "rejeter", "Une visite à domicile d’abord", 0))).isEqualTo(302);
		assertThat(caseStatus(code)).isEqualTo("Active");
		assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(worker)))).contains("rejetée",
				"motif\u00a0: Une visite à domicile d’abord");
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker))))
			.contains("Demande de clôture rejetée (Contact perdu).");
		assertThat(status(decide(supervisor, code, ref, "approuver", null, 1))).as("decided once").isEqualTo(422);

		mvc.perform(request(worker, code, "CONTACT_LOST", "Visite faite : personne partie sans adresse"));
		String second = jdbc.queryForObject(
				"select ref from mnr_case_closure where case_code = ? and status = 'PENDING'", String.class, code);
		MvcResult stale = mvc.perform(decide(supervisor, code, second, "approuver", null, 7)).andReturn();
		assertThat(html(stale)).contains("La demande ou le dossier a changé entre-temps");
		assertThat(status(decide(supervisor, code, second, "retirer", null, 0))).isEqualTo(422);
		assertThat(status(decide(worker, code, second, "retirer", null, 0))).isEqualTo(302);
		assertThat(jdbc.queryForObject("select status from mnr_case_closure where ref = ?", String.class, second))
			.isEqualTo("WITHDRAWN");
		assertThat(timeline(code)).containsSubsequence("CLOSURE_REQUESTED", "CLOSURE_REJECTED", "CLOSURE_REQUESTED",
				"CLOSURE_WITHDRAWN");
	}

	@Test
	void theCellsSupervisorClosesInOneStepWithTheCategorysStatus() throws Exception {
		String code = openCase("Fanta", "Clôture-Directe");
		assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(supervisor))))
			.contains("Clôturer le dossier");
		assertThat(status(request(supervisor, code, "TRANSFERRED", "Suivi par le mécanisme du Ghana"))).isEqualTo(302);
		assertThat(caseStatus(code)).isEqualTo("ClosedReferred");
		assertThat(jdbc.queryForList("select status from mnr_case_closure where case_code = ?", String.class, code))
			.containsExactly("APPROVED");
		assertThat(status(request(supervisor, code, "OTHER", "Encore"))).isEqualTo(422);
	}

	@Test
	void aClosedCaseOffersNoActionItRefusesAndTheServerRefusesThemAnyway() throws Exception {
		String code = openCase("Adjoua", "Clôture-Sans-Action");
		assertThat(status(request(supervisor, code, "OBJECTIVES_MET", "Objectifs atteints, vit en famille")))
			.isEqualTo(302);
		assertThat(caseStatus(code)).isEqualTo("Closed");
		String base = "action=\"/mnr/dossiers/" + code;

		for (Caseworker reader : List.of(worker, supervisor)) {
			assertThat(html(get("/mnr/dossiers/" + code).with(as(reader))))
				.contains("href=\"/mnr/dossiers/" + code + "/referencements\"", "Clôture et réouverture")
				.doesNotContain("Transférer le dossier", "/mnr/dossiers/" + code + "/transfert", base + "/statut\"",
						base + "/risque\"", base + "/besoins\"", base + "/notes\"", base + "/auteurs\"",
						base + "/pieces");
			assertThat(html(get("/mnr/dossiers/" + code + "/transfert").with(as(reader))))
				.doesNotContain(base + "/transfert\"", "name=\"receiverId\"");
			assertThat(html(get("/mnr/dossiers/" + code + "/referencements").with(as(reader))))
				.contains("rouvrez-le avant de référencer")
				.doesNotContain(base + "/referencements\"", "name=\"serviceRef\"");
			assertThat(html(get("/mnr/dossiers/" + code + "/plan").with(as(reader)))).doesNotContain(base + "/plan\"",
					base + "/suivis\"");
			assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(reader))))
				.doesNotContain("Envoyer la demande de clôture", "Clôturer le dossier", "name=\"category\"");
		}
		assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(worker))))
			.doesNotContain(base + "/reouverture\"");
		assertThat(html(get("/mnr/dossiers/" + code + "/cloture").with(as(supervisor))))
			.contains(base + "/reouverture\"");

		// the server refuses each of them in French, and nothing is written
		long events = timeline(code).size();
		MvcResult transfer = mvc
			.perform(post("/mnr/dossiers/" + code + "/transfert").with(as(worker))
				.with(csrf())
				.param("receiverId", Long.toString(otherCell.userId()))
				.param("reason", "La personne s’installe à Bondoukou"))
			.andReturn();
		assertThat(transfer.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(transfer)).contains("Un dossier clôturé ne se transfère pas.");
		assertThat(count("select count(*) from mnr_case_transfer where case_code = ?", code)).isZero();

		MvcResult referral = mvc
			.perform(post("/mnr/dossiers/" + code + "/referencements").with(as(worker))
				.with(csrf())
				.param("serviceRef", "any")
				.param("fields", "FIRST_NAME"))
			.andReturn();
		assertThat(referral.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(referral)).contains("rouvrez-le avant de référencer");
		assertThat(count("select count(*) from mnr_referral where case_code = ?", code)).isZero();

		MvcResult action = mvc
			.perform(post("/mnr/dossiers/" + code + "/plan").with(as(worker))
				.with(csrf())
				.param("type", "HEALTH")
				.param("objective", "Bilan de santé")
				.param("action", "Consultation au centre de santé")
				.param("plannedEnd", LocalDate.now().plusMonths(1).toString()))
			.andReturn();
		assertThat(action.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(action)).contains("son plan ne peut plus être modifié");
		MvcResult followUp = mvc
			.perform(post("/mnr/dossiers/" + code + "/suivis").with(as(worker))
				.with(csrf())
				.param("subject", "Visite à domicile")
				.param("dueOn", LocalDate.now().plusWeeks(2).toString()))
			.andReturn();
		assertThat(followUp.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(followUp)).contains("son plan ne peut plus être modifié");
		assertThat(count("select count(*) from mnr_plan_action where case_code = ?", code)).isZero();
		assertThat(count("select count(*) from mnr_followup where case_code = ?", code)).isZero();

		MvcResult closure = mvc.perform(request(worker, code, "OTHER", "Une nouvelle demande")).andReturn();
		assertThat(closure.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(closure)).contains("Ce dossier est déjà clôturé.");
		assertThat(count("select count(*) from mnr_case_closure where case_code = ?", code)).isEqualTo(1);
		assertThat(caseStatus(code)).isEqualTo("Closed");
		assertThat(timeline(code)).hasSize((int) events);
	}

	private MockHttpServletRequestBuilder request(Caseworker who, String code, String category, String reason) {
		return post("/mnr/dossiers/" + code + "/cloture").with(as(who))
			.with(csrf())
			.param("category", category)
			.param("reason", reason);
	}

	private MockHttpServletRequestBuilder decide(Caseworker who, String code, String ref, String action, String note,
			long version) {
		MockHttpServletRequestBuilder request = post("/mnr/dossiers/" + code + "/cloture/" + ref + "/" + action)
			.with(as(who))
			.with(csrf())
			.param("version", Long.toString(version));
		return note == null ? request : request.param("note", note);
	}

	private MockHttpServletRequestBuilder reopen(Caseworker who, String code, String reason, long version) {
		return post("/mnr/dossiers/" + code + "/reouverture").with(as(who))
			.with(csrf())
			.param("reason", reason)
			.param("version", Long.toString(version));
	}

	private String openCase(String firstName, String secondName) throws Exception {
		return new TestCases(mvc, jdbc, events, transactions).open(worker, Person.named(firstName, secondName));
	}

	private String caseStatus(String code) {
		return jdbc.queryForObject("select cas_status from mnr_case where code = ?", String.class, code);
	}

	private List<String> timeline(String code) {
		return jdbc.queryForList("select e.kind from mnr_case_event e join mnr_case c on c.id = e.case_id"
				+ " where c.code = ? order by e.id", String.class, code);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return html(mvc.perform(request).andReturn());
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
