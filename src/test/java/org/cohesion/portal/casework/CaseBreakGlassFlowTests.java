package org.cohesion.portal.casework;

import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Break-the-glass on a case code, with the real sign-in and re-authentication, on the
 * demo: the Poro supervisor cannot see a high-risk case of the Haut-Sassandra cell, opens
 * it through the break-the-glass page, reads it (without any form to change it), and the
 * case's timeline says so.
 */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.demo.enabled=true")
@Import(CaseworkSignInTests.Clocks.class)
class CaseBreakGlassFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theDemoSupervisorOpensACaseOfAnotherCellThroughTheBreakTheGlassPage() throws Exception {
		String code = jdbc.queryForObject(
				"select c.code from mnr_case c join mnr_organisation o"
						+ " on o.id = c.organisation_id where o.code = 'CR-HSA' and c.risk_level = 'HIGH'",
				String.class);
		// a code is good once per 30-second step: other tests of this context sign the
		// demo
		// supervisor in too
		clock.advance(java.time.Duration.ofMinutes(1));
		MnrBrowser supervisor = new MnrBrowser(mvc, clock);
		supervisor.signIn("superviseur@demo.mnr", "demo-superviseur-mnr-2026", CaseworkSignInTests.SECRET);
		MvcResult refused = supervisor.get("/mnr/dossiers/" + code);
		assertThat(refused.getResponse().getStatus()).isEqualTo(404);
		assertThat(MnrBrowser.html(refused)).contains("/mnr/acces-exceptionnel?code=" + code);
		assertThat(MnrBrowser.html(supervisor.get("/mnr/dossiers?q=" + code))).doesNotContain("Moussa");

		clock.advance(java.time.Duration.ofMinutes(11));
		supervisor.get("/mnr/acces-exceptionnel?code=" + code);
		supervisor.post("/mnr/reauthentification", "retour", "/mnr/acces-exceptionnel?code=" + code, "password",
				"demo-superviseur-mnr-2026", "code", supervisor.code(CaseworkSignInTests.SECRET));
		MvcResult opened = supervisor.post("/mnr/acces-exceptionnel", "code", code, "reason",
				"Le parquet de Daloa demande un relais à Korhogo cette nuit");
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/mnr/dossiers/" + code);

		String page = MnrBrowser.html(supervisor.get("/mnr/dossiers/" + code));
		assertThat(page)
			.contains("id=\"break-glass-banner\"", "Le parquet de Daloa demande un relais", "id=\"high-risk-banner\"",
					"Moussa", "Dossier consulté en accès exceptionnel")
			.doesNotContain("action=\"/mnr/dossiers/" + code + "/notes\"");
		assertThat(jdbc.queryForObject(
				"select record_type from mnr_break_glass where record_ref = ? and username = 'superviseur@demo.mnr'",
				String.class, code))
			.isEqualTo("case");
	}

}
