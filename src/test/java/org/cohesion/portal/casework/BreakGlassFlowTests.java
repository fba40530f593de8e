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
 * Break-the-glass with the real sign-in and re-authentication (password and TOTP code),
 * on the demo: the demo case worker opens a record of their cell that is not theirs, the
 * supervisor who owns it is told and reviews the access.
 */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.demo.enabled=true")
@Import(CaseworkSignInTests.Clocks.class)
class BreakGlassFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theDemoCaseWorkerBreaksTheGlassWithAReasonAfterReauthenticating() throws Exception {
		String code = jdbc
			.queryForList("select p.code from mnr_person p join mnr_user u on u.id = p.owner_id"
					+ " where u.username = 'superviseur@demo.mnr' order by p.id", String.class)
			.get(0);
		MnrBrowser worker = new MnrBrowser(mvc, clock);
		worker.signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026", CaseworkSignInTests.SECRET);
		assertThat(worker.get("/mnr/personnes/" + code).getResponse().getStatus()).isEqualTo(404);
		assertThat(MnrBrowser.html(worker.get("/mnr/personnes"))).doesNotContain(code);

		clock.advance(java.time.Duration.ofMinutes(11));
		MvcResult asked = worker.get("/mnr/acces-exceptionnel?code=" + code);
		assertThat(asked.getResponse().getRedirectedUrl()).startsWith("/mnr/reauthentification");
		MvcResult proved = worker.post("/mnr/reauthentification", "retour", "/mnr/acces-exceptionnel?code=" + code,
				"password", "demo-gestion-mnr-2026", "code", worker.code(CaseworkSignInTests.SECRET));
		assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/mnr/acces-exceptionnel?code=" + code);
		assertThat(MnrBrowser.html(worker.post("/mnr/acces-exceptionnel", "code", code, "reason", "urgent")))
			.contains("Le motif est trop court");
		MvcResult opened = worker.post("/mnr/acces-exceptionnel", "code", code, "reason",
				"Appel de nuit du commissariat : la personne est à l’hôpital");
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/mnr/personnes/" + code);
		String page = MnrBrowser.html(worker.get("/mnr/personnes/" + code));
		assertThat(page).contains("Accès exceptionnel, valable jusqu’au", "Appel de nuit du commissariat", "Kouamé");

		MnrBrowser supervisor = new MnrBrowser(mvc, clock);
		supervisor.signIn("superviseur@demo.mnr", "demo-superviseur-mnr-2026", CaseworkSignInTests.SECRET);
		assertThat(MnrBrowser.html(supervisor.get("/mnr/notifications")))
			.contains("gestionnaire@demo.mnr a ouvert la fiche " + code);
		assertThat(MnrBrowser.html(supervisor.get("/mnr/acces-exceptionnels"))).contains(code,
				"Appel de nuit du commissariat");
		long id = jdbc.queryForObject("select id from mnr_break_glass where record_ref = ?", Long.class, code);
		supervisor.post("/mnr/acces-exceptionnels/" + id + "/revu", "note", "Justifié");
		assertThat(MnrBrowser.html(supervisor.get("/mnr/acces-exceptionnels"))).doesNotContain(code);

		clock.advance(java.time.Duration.ofHours(3).plusMinutes(1));
		worker.signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026", CaseworkSignInTests.SECRET);
		assertThat(worker.get("/mnr/personnes/" + code).getResponse().getStatus()).isEqualTo(404);
	}

}
