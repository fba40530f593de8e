package org.cohesion.portal.casework.closure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
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
 * The demo's closures, reintegration and transfers, made through the real use cases: a
 * case closed on approval and one closed in one step by a supervisor, a rejected request
 * and a pending one the Poro supervisor finds in the list; reintegration entries and a
 * return with steps under way; a pending transfer and an accepted one.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class DemoClosuresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theDemoHasClosuresInEveryStateReintegrationAReturnAndTransfers() throws Exception {
		Map<String, Long> closures = jdbc.queryForList("select status from mnr_case_closure", String.class)
			.stream()
			.collect(Collectors.groupingBy(s -> s, Collectors.counting()));
		assertThat(closures).containsEntry("APPROVED", 2L).containsEntry("REJECTED", 1L).containsEntry("PENDING", 1L);
		assertThat(jdbc.queryForList("select c.cas_status from mnr_case c join mnr_case_closure r on r.case_id = c.id"
				+ " where r.status = 'APPROVED'", String.class))
			.containsExactlyInAnyOrder("Closed", "ClosedReferred");
		Caseworker supervisor = DemoCaseworkers.find(jdbc, "superviseur@demo.mnr").orElseThrow();
		String pending = jdbc.queryForObject("select case_code from mnr_case_closure where status = 'PENDING'",
				String.class);
		String list = mvc.perform(get("/mnr/clotures").with(as(supervisor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(pending, "Contact perdu");

		assertThat(jdbc.queryForObject("select count(distinct case_id) from mnr_reintegration_entry", Long.class))
			.isEqualTo(3);
		assertThat(jdbc.queryForList("select status from mnr_return_step order by id", String.class))
			.containsExactly("DONE", "IN_PROGRESS", "PLANNED", "PLANNED", "PLANNED");
		assertThat(jdbc.queryForList("select status from mnr_case_transfer order by id", String.class))
			.containsExactly("REQUESTED", "ACCEPTED");
	}

}
