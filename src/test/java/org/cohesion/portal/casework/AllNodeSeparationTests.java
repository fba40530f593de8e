package org.cohesion.portal.casework;

import java.time.Clock;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.casework.signin.CaseworkIdentity;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An {@code all} node runs both sides, each on its own database, with its own accounts
 * and sessions: an editorial account grants nothing under {@code /mnr}, a casework user
 * nothing in the back office.
 */
@IntegrationTest
class AllNodeSeparationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	CaseworkUserRepository users;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CaseworkIdentity identity;

	@Autowired
	@Qualifier("caseworkTransactionManager")
	PlatformTransactionManager caseworkTransactions;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate casework;

	@Autowired
	JdbcTemplate portal;

	@Test
	void eachSideHasItsOwnTablesInItsOwnDatabase() {
		Set<String> portalTables = DatabaseTables.portal(environment);
		Set<String> caseworkTables = DatabaseTables.casework(environment);
		assertThat(portalTables).contains("flyway_schema_history", "accounts_user", "news_article", "spring_session",
				"event_publication");
		assertThat(portalTables).noneMatch(table -> table.startsWith("mnr_"));
		assertThat(caseworkTables).contains("mnr_schema_history", "mnr_user", "mnr_organisation", "mnr_session");
		assertThat(caseworkTables).doesNotContain("flyway_schema_history", "accounts_user", "news_article",
				"spring_session", "event_publication");
	}

	@Test
	void anEditorialAccountGrantsNothingUnderMnr() throws Exception {
		AccountPrincipal administrator = fixtures.editor(EditorialRole.ADMINISTRATEUR);
		MvcResult result = mvc.perform(get("/mnr").with(user(administrator))).andReturn();
		assertThat(result.getResponse().getStatus()).as("a back-office administrator in the security context")
			.isIn(302, 403);
		assertThat(result.getResponse().getRedirectedUrl()).isIn(null, "http://localhost/mnr/connexion",
				"/mnr/connexion");
		assertThat(mvc.perform(get("/mnr/admin/utilisateurs").with(user(administrator)))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(302, 403);

		// a real editorial session (cookie SESSION), sent under /mnr as a browser would
		AccountPrincipal writer = fixtures.editor(EditorialRole.REDACTEUR);
		MnrBrowser browser = new MnrBrowser(mvc, clock);
		MvcResult signedIn = browser.post("/connexion", "email", writer.getUsername(), "password",
				"not-used-in-these-tests");
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		Cookie session = browser.cookie("SESSION");
		assertThat(session).isNotNull();
		MvcResult mnr = mvc.perform(get("/mnr").cookie(session)).andReturn();
		assertThat(mnr.getResponse().getRedirectedUrl()).endsWith("/mnr/connexion");
	}

	@Test
	void aCaseworkUserGrantsNothingInTheBackOfficeAndItsSessionStaysInTheCaseworkDatabase() throws Exception {
		new TransactionTemplate(caseworkTransactions)
			.executeWithoutResult(status -> users.save(new CaseworkUser("superviseure.poro", "Superviseure Poro",
					CaseworkRole.SUPERVISEUR, organisations.findByCode("CR-POR").orElseThrow(),
					identity.passwords().encode("provisoire-2026-wxyz"), clock)));
		int portalSessionsBefore = portal.queryForObject("select count(*) from spring_session", Integer.class);
		MnrBrowser browser = new MnrBrowser(mvc, clock);
		browser.firstSignIn("superviseure.poro", "provisoire-2026-wxyz", "ma phrase de passe du poro");
		assertThat(browser.get("/mnr").getResponse().getStatus()).isEqualTo(200);

		assertThat(casework.queryForObject("select count(*) from mnr_session where principal_name = ?", Integer.class,
				"superviseure.poro"))
			.isEqualTo(1);
		assertThat(portal.queryForObject("select count(*) from spring_session", Integer.class))
			.as("no casework session in the portal's database")
			.isEqualTo(portalSessionsBefore);
		assertThat(portal.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				"superviseure.poro"))
			.isZero();

		Cookie mnr = browser.cookie("MNR_SESSION");
		MvcResult admin = mvc.perform(get("/admin").cookie(mnr)).andReturn();
		assertThat(admin.getResponse().getRedirectedUrl()).as("the casework session means nothing at /admin")
			.endsWith("/connexion");
		assertThat(mvc.perform(get("/admin").cookie(new Cookie("SESSION", mnr.getValue())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("not even presented as the portal's cookie").endsWith("/connexion");
	}

}
