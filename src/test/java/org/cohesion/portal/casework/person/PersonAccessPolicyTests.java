package org.cohesion.portal.casework.person;

import java.util.List;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know, role by scope, through HTTP: a person record is read by its owner, its
 * assigned workers and its organisation's supervisors; everyone else gets 404 (the same
 * page as for a code that does not exist) and never sees it in the list, its count or a
 * search.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonAccessPolicyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	private Caseworker owner;

	private String code;

	private CaseworkStaff staff;

	@BeforeAll
	void aRecordOwnedByACaseWorkerOfThePoroCell() throws Exception {
		staff = new CaseworkStaff(jdbc);
		owner = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		MvcResult created = mvc
			.perform(post("/mnr/personnes").with(as(owner))
				.with(csrf())
				.param("firstName", "Adjoua")
				.param("secondName", "Témoin-Kouassi")
				.param("birthdate", "2012-06-30")
				.param("mobilePhone", "07 11 22 33 44")
				.param("gender", "FEMININE")
				.param("identifiedOn", java.time.LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		code = created.getResponse().getRedirectedUrl().substring("/mnr/personnes/".length());
		assertThat(code).matches("MNR-\\d{4}-POR-\\d{5}");
	}

	private int statusOfRecord(Caseworker who) throws Exception {
		return mvc.perform(get("/mnr/personnes/" + code).with(as(who))).andReturn().getResponse().getStatus();
	}

	private String page(Caseworker who, String path) throws Exception {
		return mvc.perform(get(path).with(as(who))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void ownerAssignedWorkerAndTheCellsSupervisorReadTheRecordAndFindIt() throws Exception {
		Caseworker assigned = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		jdbc.update(
				"insert into mnr_person_assignment (person_id, user_id) select id, ? from mnr_person where code = ?",
				assigned.userId(), code);
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");

		for (Caseworker who : List.of(owner, assigned, supervisor)) {
			assertThat(statusOfRecord(who)).as(who.role() + " " + who.organisationCode()).isEqualTo(200);
			// a child: initials until the user asks for the name (an audited POST)
			assertThat(page(who, "/mnr/personnes/" + code)).contains("A. T.-K.", "07 11 22 33 44")
				.doesNotContain("Adjoua");
			assertThat(mvc.perform(post("/mnr/personnes/" + code + "/nom").with(as(who)).with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Adjoua", "Témoin-Kouassi");
			assertThat(page(who, "/mnr/personnes")).contains(code);
			assertThat(page(who, "/mnr/personnes?q=Ajoua+Temoin+Kwasi")).as("phonetic search").contains(code);
			assertThat(page(who, "/mnr/personnes?q=0711223344")).as("phone search").contains(code);
			assertThat(page(who, "/mnr/personnes?q=30/06/2012")).as("birth date search").contains(code);
		}
	}

	@Test
	void everyoneElseGets404AndNeverSeesItInListsCountsOrSearches() throws Exception {
		List<Caseworker> outsiders = List.of(staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR"),
				staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR"), staff.user(CaseworkRole.SUPERVISEUR, "CR-GON"),
				staff.user(CaseworkRole.GESTIONNAIRE_CAS, "DLTP"), staff.user(CaseworkRole.SUPERVISEUR, "DLTP"),
				staff.user(CaseworkRole.PRESTATAIRE, "CR-POR"), staff.user(CaseworkRole.ANALYSTE, "DLTP"),
				staff.user(CaseworkRole.ADMINISTRATEUR_MNR, "DLTP"), staff.user(CaseworkRole.AUDITEUR, "DLTP"));
		for (Caseworker who : outsiders) {
			String label = who.role() + " " + who.organisationCode();
			assertThat(statusOfRecord(who)).as(label).isEqualTo(404);
			String page = page(who, "/mnr/personnes/" + code);
			assertThat(page).as(label).doesNotContain("Adjoua");
			assertThat(mvc.perform(get("/mnr/personnes/" + code + "/modifier").with(as(who)))
				.andReturn()
				.getResponse()
				.getStatus()).as(label).isEqualTo(404);
			assertThat(mvc.perform(post("/mnr/personnes/" + code + "/nom").with(as(who)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).as(label).isEqualTo(404);
			String list = page(who, "/mnr/personnes");
			assertThat(list).as(label).doesNotContain(code).doesNotContain("Adjoua");
			assertThat(page(who, "/mnr/personnes?q=Adjoua")).as(label).doesNotContain(code);
			assertThat(page(who, "/mnr/personnes?q=" + code)).as(label).doesNotContain("Adjoua");
		}
		// the 404 for a record out of scope is the 404 for a record that does not exist
		Caseworker outsider = outsiders.get(0);
		mvc.perform(get("/mnr/personnes/MNR-2026-POR-99999").with(as(outsider))).andExpect(status().isNotFound());
		assertThat(samePage(page(outsider, "/mnr/personnes/" + code), code))
			.isEqualTo(samePage(page(outsider, "/mnr/personnes/MNR-2026-POR-99999"), "MNR-2026-POR-99999"));
	}

	/** Without what differs by nature: the code asked for and the (masked) CSRF token. */
	private static String samePage(String html, String code) {
		return html.replace(code, "CODE").replaceAll("value=\"[^\"]{30,}\"", "value=\"TOKEN\"");
	}

	@Test
	void aNewcomerOfTheCellCountsNothingThatIsNotTheirs() throws Exception {
		Caseworker newcomer = staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR");
		assertThat(page(newcomer, "/mnr/personnes")).contains("Aucune fiche dans votre périmètre");
	}

	@Test
	void everyReadIsAudited() throws Exception {
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		mvc.perform(get("/mnr/personnes/" + code).with(as(supervisor))).andExpect(status().isOk());
		mvc.perform(get("/mnr/personnes?q=Adjoua").with(as(supervisor))).andExpect(status().isOk());

		List<String> actions = jdbc.queryForList(
				"select action || ' ' || record_type from mnr_audit where actor = ? order by seq", String.class,
				supervisor.username());
		// the person page also looks for duplicates (PersonMatches): a search of its own
		assertThat(actions).containsExactly("VIEW person", "SEARCH person-match", "SEARCH person-list");
		assertThat(
				jdbc.queryForList("select detail from mnr_audit where actor = ?", String.class, supervisor.username()))
			.noneMatch(detail -> detail.contains("Adjoua"));
	}

}
