package org.cohesion.portal.casework.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * The assistance plan and the follow-ups through HTTP: need-to-know exactly as the case
 * (404 from another cell), actions and follow-ups on the case's timeline, texts encrypted
 * at rest, a lost race that keeps the loser's text, the overdue lists of a worker and of
 * a cell, and the reminder sent once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanFlowTests {

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

	@Autowired
	AssistancePlans plans;

	private Caseworker worker;

	private Caseworker colleague;

	private Caseworker supervisor;

	private Caseworker otherCell;

	@BeforeAll
	void staff() {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		colleague = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		otherCell = staff.user(CaseworkRole.SUPERVISEUR, "CR-GON");
	}

	@Test
	void thePlanIsSeenOnlyWithinTheCasesNeedToKnow() throws Exception {
		String code = openCase("Fatou", "Périmètre-Plan");
		assertThat(status(get("/mnr/dossiers/" + code + "/plan").with(as(worker)))).isEqualTo(200);
		assertThat(status(get("/mnr/dossiers/" + code + "/plan").with(as(otherCell)))).isEqualTo(404);
		assertThat(status(addAction(otherCell, code, "Scolarisation", "Inscrire au CM1"))).isEqualTo(404);
		assertThat(status(get("/mnr/dossiers/MNR-0000-XXX-9999/plan").with(as(worker)))).isEqualTo(404);
		assertThat(count("select count(*) from mnr_plan_action where case_code = ?", code)).isZero();
		assertThat(count("select count(*) from mnr_audit where record_type = 'case' and record_ref = ?"
				+ " and detail like 'plan%'", code))
			.isEqualTo(1);
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker)))).contains("/mnr/dossiers/" + code + "/plan");
	}

	@Test
	void anActionAddedAndDoneIsOnTheTimelineAndItsTextsAreEncryptedAtRest() throws Exception {
		String code = openCase("Adjoua", "Plan-Action");
		long school = jdbc.queryForObject("select id from mnr_organisation where code = 'CR-POR'", Long.class);
		MvcResult added = mvc
			.perform(addAction(worker, code, "Retour à l’école", "Inscription à l’école de Korhogo")
				.param("responsibleOrganisationId", Long.toString(school)))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/mnr/dossiers/" + code + "/plan");
		String ref = jdbc.queryForObject("select ref from mnr_plan_action where case_code = ?", String.class, code);
		for (String column : new String[] { "objective", "action_text" }) {
			byte[] stored = jdbc.queryForObject("select " + column + " from mnr_plan_action where ref = ?",
					byte[].class, ref);
			assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("cole");
		}
		String page = html(get("/mnr/dossiers/" + code + "/plan").with(as(worker)));
		assertThat(page).contains("Inscription à l’école de Korhogo").contains("Éducation");

		assertThat(status(post("/mnr/dossiers/" + code + "/plan/" + ref + "/realisee").with(as(worker))
			.with(csrf())
			.param("outcome", "Inscrite en CM1")
			.param("version", "0"))).isEqualTo(302);
		assertThat(jdbc.queryForObject("select actual_end from mnr_plan_action where ref = ?", LocalDate.class, ref))
			.isNotNull();
		assertThat(timeline(code)).contains("PLAN_ACTION_ADDED", "PLAN_ACTION_DONE");
		assertThat(html(get("/mnr/dossiers/" + code).with(as(worker))))
			.contains("Action ajoutée au plan d’assistance (Éducation)")
			.contains("Action du plan d’assistance réalisée (Éducation)");
		assertThat(count("select count(*) from mnr_audit where record_type = 'plan-action' and record_ref = ?", ref))
			.isEqualTo(2);

		String twice = html(post("/mnr/dossiers/" + code + "/plan/" + ref + "/realisee").with(as(worker))
			.with(csrf())
			.param("outcome", "Encore")
			.param("version", "1"));
		assertThat(twice).contains("déjà marquée comme réalisée");
	}

	@Test
	void aMissingObjectiveIsRefusedInFrenchAndNothingIsSaved() throws Exception {
		String code = openCase("Koffi", "Plan-Refus");
		MvcResult refused = mvc.perform(addAction(worker, code, "", "Une action")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("Indiquez l’objectif de l’action.").contains("Une action");
		assertThat(count("select count(*) from mnr_plan_action where case_code = ?", code)).isZero();
	}

	@Test
	void whoLosesTheRaceToFinishAnActionKeepsTheirText() throws Exception {
		String code = openCase("Aya", "Plan-Conflit");
		mvc.perform(addAction(worker, code, "Soins", "Consultation au CHR"));
		String ref = jdbc.queryForObject("select ref from mnr_plan_action where case_code = ?", String.class, code);
		mvc.perform(post("/mnr/dossiers/" + code + "/plan/" + ref + "/realisee").with(as(worker))
			.with(csrf())
			.param("outcome", "Consultation faite le matin")
			.param("version", "0"));
		MvcResult lost = mvc
			.perform(post("/mnr/dossiers/" + code + "/plan/" + ref + "/realisee").with(as(supervisor))
				.with(csrf())
				.param("outcome", "Texte du perdant à garder")
				.param("version", "0"))
			.andReturn();
		assertThat(lost.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(lost)).contains("Quelqu’un a modifié cet élément").contains("Texte du perdant à garder");
		assertThat(count("select count(*) from mnr_case_event e join mnr_case c on c.id = e.case_id"
				+ " where c.code = ? and e.kind = 'PLAN_ACTION_DONE'", code))
			.isEqualTo(1);
	}

	@Test
	void overdueFollowUpsAreListedForTheirOwnerAndTheCellsSupervisorAndRemindedOnce() throws Exception {
		String code = openCase("Mariam", "Suivi-Retard");
		String due = LocalDate.now().plusDays(3).toString();
		assertThat(status(post("/mnr/dossiers/" + code + "/suivis").with(as(worker))
			.with(csrf())
			.param("subject", "Visite à la famille d’accueil")
			.param("note", "Vérifier la scolarisation")
			.param("dueOn", due))).isEqualTo(302);
		assertThat(status(post("/mnr/dossiers/" + code + "/suivis").with(as(worker))
			.with(csrf())
			.param("subject", "Appel de contrôle")
			.param("dueOn", due))).isEqualTo(302);
		String late = jdbc.queryForObject("select ref from mnr_followup where case_code = ? and note is not null",
				String.class, code);
		String done = jdbc.queryForObject("select ref from mnr_followup where case_code = ? and note is null",
				String.class, code);
		byte[] subject = jdbc.queryForObject("select subject from mnr_followup where ref = ?", byte[].class, late);
		assertThat(new String(subject, StandardCharsets.ISO_8859_1)).doesNotContain("famille");
		assertThat(timeline(code)).contains("FOLLOWUP_PLANNED");
		assertThat(html(get("/mnr/suivis").with(as(worker)))).doesNotContain(code);

		// the days pass: both are due, one is done in time
		jdbc.update("update mnr_followup set due_on = ? where case_code = ?", LocalDate.now().minusDays(2), code);
		assertThat(status(post("/mnr/dossiers/" + code + "/suivis/" + done + "/fait").with(as(worker))
			.with(csrf())
			.param("outcome", "Joignable, tout va bien")
			.param("version", "0"))).isEqualTo(302);
		assertThat(timeline(code)).contains("FOLLOWUP_DONE");

		String mine = html(get("/mnr/suivis").with(as(worker)));
		assertThat(mine).contains("Mes suivis en retard").contains(code).contains("Visite à la famille d’accueil");
		assertThat(mine).doesNotContain("Appel de contrôle").doesNotContain("Suivis en retard de la cellule");
		assertThat(html(get("/mnr/suivis").with(as(colleague)))).doesNotContain(code);
		String cell = html(get("/mnr/suivis").with(as(supervisor)));
		assertThat(cell).contains("Suivis en retard de la cellule").contains(code);
		assertThat(html(get("/mnr/suivis").with(as(otherCell)))).doesNotContain(code);

		assertThat(html(get("/mnr").with(as(worker)))).contains("Suivis en retard\u00a0: 1");
		assertThat(html(get("/mnr").with(as(supervisor)))).containsPattern("dans la cellule\u00a0: [1-9]");

		assertThat(plans.remindOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(plans.remindOverdue()).isZero();
		assertThat(count("select count(*) from mnr_notification where recipient_id = ? and kind = 'FOLLOWUP_OVERDUE'"
				+ " and record_ref = ?", worker.userId(), code))
			.isEqualTo(1);
		assertThat(html(get("/mnr/notifications").with(as(worker)))).contains("Un de vos suivis du dossier " + code)
			.contains("/mnr/dossiers/" + code + "/plan#suivis");
	}

	// ---- helpers

	private MockHttpServletRequestBuilder addAction(Caseworker who, String code, String objective, String action) {
		return post("/mnr/dossiers/" + code + "/plan").with(as(who))
			.with(csrf())
			.param("type", "EDUCATION")
			.param("objective", objective)
			.param("action", action)
			.param("plannedEnd", LocalDate.now().plusMonths(2).toString());
	}

	private String openCase(String firstName, String secondName) throws Exception {
		return new TestCases(mvc, jdbc, events, transactions).open(worker,
				Person.named(firstName, secondName).born("2011-03-04"));
	}

	private java.util.List<String> timeline(String code) {
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
