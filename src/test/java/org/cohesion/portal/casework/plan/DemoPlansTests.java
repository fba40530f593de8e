package org.cohesion.portal.casework.plan;

import java.nio.charset.StandardCharsets;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's plans: the Poro case worker finds an overdue follow-up in « mes suivis en
 * retard », and on the placed child's case a plan with an action done and one under way.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class DemoPlansTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theDemoCaseWorkerHasAPlanUnderWayAnOverdueFollowUpAndADoneOne() throws Exception {
		Caseworker worker = jdbc.queryForObject(
				"select u.id, u.username, u.display_name, u.role, o.id as org_id, o.code, o.region"
						+ " from mnr_user u join mnr_organisation o on o.id = u.organisation_id where u.username = ?",
				(rs, row) -> new Caseworker(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						CaseworkRole.valueOf(rs.getString("role")), rs.getLong("org_id"), rs.getString("code"),
						rs.getString("region")),
				"gestionnaire@demo.mnr");
		assertThat(jdbc.queryForObject("select count(distinct case_id) from mnr_plan_action", Long.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from mnr_followup where done_on is not null", Long.class))
			.isEqualTo(1);
		String overdue = mvc.perform(get("/mnr/suivis").with(as(worker)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overdue).contains("Visite au foyer : adaptation et sommeil (démo)");
		String code = jdbc.queryForObject("select case_code from mnr_plan_action where type = 'HEALTH'", String.class);
		String plan = mvc.perform(get("/mnr/dossiers/" + code + "/plan").with(as(worker)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(plan).contains("Réalisée").contains("En cours").contains("Reprendre l’école à la rentrée (démo)");
	}

}
