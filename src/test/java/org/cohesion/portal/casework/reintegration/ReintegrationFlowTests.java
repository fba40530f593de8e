package org.cohesion.portal.casework.reintegration;

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
 * Reintegration through HTTP: dated statuses by dimension with encrypted notes, the risk
 * re-assessed from the page (its history from the timeline), the return steps with their
 * dates under optimistic locking; all within the case's need-to-know, on its timeline,
 * audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReintegrationFlowTests {

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

	private Caseworker otherCell;

	@BeforeAll
	void staff() {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		otherCell = staff.user(CaseworkRole.SUPERVISEUR, "CR-GON");
	}

	@Test
	void dimensionsAreFollowedWithDatedEncryptedNotesWithinNeedToKnow() throws Exception {
		String code = openCase("Salimata", "Réintégration-Suivi");
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker))))
			.contains("/mnr/dossiers/" + code + "/reintegration");
		assertThat(status(get("/mnr/dossiers/" + code + "/reintegration").with(as(otherCell)))).isEqualTo(404);
		assertThat(status(entry(otherCell, code, "SCHOOLING", "PLANNED", "", "x"))).isEqualTo(404);

		MvcResult noDimension = mvc.perform(entry(worker, code, "", "PLANNED", "", "Inscription")).andReturn();
		assertThat(noDimension.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(noDimension)).contains("Choisissez un domaine dans la liste.");
		MvcResult future = mvc
			.perform(entry(worker, code, "SCHOOLING", "PLANNED", LocalDate.now().plusDays(3).toString(), ""))
			.andReturn();
		assertThat(html(future)).contains("La date ne peut pas être à venir.");

		assertThat(status(entry(worker, code, "TRAINING", "PLANNED", LocalDate.now().minusDays(9).toString(),
				"Inscrite à la formation en couture")))
			.isEqualTo(302);
		assertThat(status(entry(worker, code, "TRAINING", "IN_PROGRESS", "", "Assidue, première semaine faite")))
			.isEqualTo(302);
		byte[] stored = jdbc
			.queryForObject("select e.note from mnr_reintegration_entry e join mnr_case c on c.id = e.case_id"
					+ " where c.code = ? and e.status = 'IN_PROGRESS'", byte[].class, code);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Assidue");
		String page = html(get("/mnr/dossiers/" + code + "/reintegration").with(as(worker)));
		assertThat(page).contains("Formation professionnelle", "En cours", "Assidue, première semaine faite",
				"Inscrite à la formation en couture");
		assertThat(timeline(code)).containsSubsequence("REINTEGRATION_UPDATED", "REINTEGRATION_UPDATED");
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker))))
			.contains("Réintégration\u00a0: Formation professionnelle — En cours.");
		assertThat(count("select count(*) from mnr_audit where record_type = 'case' and record_ref = ?"
				+ " and detail = 'réintégration'", code))
			.as("the page read, and each refusal shown with the page")
			.isEqualTo(3);
	}

	@Test
	void theRiskIsReassessedFromThePageAndItsHistoryShows() throws Exception {
		String code = openCase("Nafi", "Réintégration-Risque");
		long version = jdbc.queryForObject("select version from mnr_case where code = ?", Long.class, code);
		assertThat(status(risk(code, "HIGH", version))).isEqualTo(302);
		assertThat(status(risk(code, "HIGH", version))).as("stale version").isEqualTo(409);
		assertThat(status(risk(code, "LOW", version + 1))).isEqualTo(302);
		assertThat(jdbc.queryForObject("select risk_level from mnr_case where code = ?", String.class, code))
			.isEqualTo("MEDIUM");
		String page = html(get("/mnr/dossiers/" + code + "/reintegration").with(as(worker)));
		assertThat(page).contains("Évaluations successives", "Élevé", "Moyen");
		assertThat(timeline(code)).containsSubsequence("RISK_ASSESSED", "RISK_ASSESSED");
	}

	@Test
	void aReturnIsPlannedStepByStepWithDatesAndLocking() throws Exception {
		String code = openCase("Ramata", "Réintégration-Retour");
		assertThat(status(post("/mnr/dossiers/" + code + "/reintegration/retour").with(as(worker)).with(csrf())))
			.isEqualTo(302);
		assertThat(status(post("/mnr/dossiers/" + code + "/reintegration/retour").with(as(worker)).with(csrf())))
			.as("chosen once")
			.isEqualTo(422);
		String ref = jdbc.queryForObject("select s.ref from mnr_return_step s join mnr_case c on c.id = s.case_id"
				+ " where c.code = ? and s.step = 'TRAVEL_DOCUMENTS'", String.class, code);
		MvcResult noDate = mvc.perform(step(code, ref, "DONE", "", 0)).andReturn();
		assertThat(noDate.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(noDate)).contains("Indiquez la date à laquelle l’étape a été faite.");
		assertThat(status(step(code, ref, "DONE", LocalDate.now().minusDays(1).toString(), 0))).isEqualTo(302);
		assertThat(status(step(code, ref, "IN_PROGRESS", "", 0))).as("stale version").isEqualTo(422);
		String page = html(get("/mnr/dossiers/" + code + "/reintegration").with(as(worker)));
		assertThat(page).contains("Documents de voyage", "Fait", "Passeport obtenu", "Arrivée et accueil");
		assertThat(timeline(code)).contains("RETURN_STEP_UPDATED");
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker))))
			.contains("Retour\u00a0: Documents de voyage — Fait.");
	}

	private MockHttpServletRequestBuilder entry(Caseworker who, String code, String dimension, String status, String on,
			String note) {
		return post("/mnr/dossiers/" + code + "/reintegration").with(as(who))
			.with(csrf())
			.param("dimension", dimension)
			.param("status", status)
			.param("on", on)
			.param("note", note);
	}

	private MockHttpServletRequestBuilder risk(String code, String danger, long version) {
		return post("/mnr/dossiers/" + code + "/reintegration/risque").with(as(worker))
			.with(csrf())
			.param("danger", danger)
			.param("proximity", "MEDIUM")
			.param("retrafficking", "LOW")
			.param("note", "Réévaluation")
			.param("version", Long.toString(version));
	}

	private MockHttpServletRequestBuilder step(String code, String ref, String status, String done, long version) {
		return post("/mnr/dossiers/" + code + "/reintegration/retour/" + ref).with(as(worker))
			.with(csrf())
			.param("status", status)
			.param("planned", "")
			.param("done", done)
			.param("note", "Passeport obtenu")
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
