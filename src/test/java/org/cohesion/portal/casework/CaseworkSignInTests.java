package org.cohesion.portal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.casework.signin.CaseworkIdentity;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the casework: password, then a code for everyone; enrolment at the first
 * sign-in; the session's own cookie and idle time; re-authentication before a sensitive
 * action. On a casework node in demo mode (its demo users exist).
 */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.demo.enabled=true")
@Import(CaseworkSignInTests.Clocks.class)
class CaseworkSignInTests {

	static final String SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now(), ZoneId.of("Africa/Abidjan"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseworkUserRepository users;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CaseworkIdentity identity;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("caseworkTransactionManager")
	PlatformTransactionManager transactions;

	MnrBrowser browser;

	@BeforeEach
	void newBrowser() {
		// forward only: a time step once used never comes back for the same user
		clock.advance(Duration.ofMinutes(10));
		browser = new MnrBrowser(mvc, clock);
	}

	@Test
	void signInPageListsOneDemoUserPerRoleInDemoMode() throws Exception {
		String html = MnrBrowser.html(browser.get("/mnr/connexion"));
		for (CaseworkRole role : CaseworkRole.values()) {
			assertThat(users.findAll())
				.anyMatch(user -> user.getRole() == role && user.getUsername().endsWith("@demo.mnr"));
		}
		assertThat(html).contains("Comptes de démonstration", "admin@demo.mnr", "demo-admin-mnr-2026", SECRET,
				"Agent d’identification", "Auditeur");
	}

	@Test
	void aRightPasswordAloneOpensNothing() throws Exception {
		MvcResult result = browser.post("/mnr/connexion", "username", "admin@demo.mnr", "password",
				"demo-admin-mnr-2026");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/code");
		assertThat(browser.get("/mnr").getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/code");
		assertThat(browser.get("/mnr/admin/utilisateurs").getResponse().getRedirectedUrl())
			.isEqualTo("/mnr/connexion/code");
		MvcResult wrong = browser.post("/mnr/connexion/code", "code", "000000");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
		assertThat(MnrBrowser.html(wrong)).contains("Code incorrect");
	}

	@Test
	void passwordThenCodeOpensTheCaseworkWithItsOwnCookie() throws Exception {
		browser.signIn("superviseur@demo.mnr", "demo-superviseur-mnr-2026", SECRET);
		MvcResult home = browser.get("/mnr");
		assertThat(home.getResponse().getStatus()).isEqualTo(200);
		assertThat(MnrBrowser.html(home)).contains("Yao N’Guessan (démo)", "Superviseur", "CR-POR");
		Cookie cookie = browser.cookie("MNR_SESSION");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getPath()).isEqualTo("/mnr");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(browser.cookie("SESSION")).isNull();
		assertThat(browser.cookie("JSESSIONID")).isNull();
	}

	@Test
	void aWrongPasswordIsRefusedInFrenchAndKeepsTheUsername() throws Exception {
		MvcResult result = browser.post("/mnr/connexion", "username", "admin@demo.mnr", "password", "pas le bon");
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(MnrBrowser.html(result)).contains("Identifiant ou mot de passe incorrect.", "admin@demo.mnr");
	}

	@Test
	void sessionsLiveInTheCaseworkDatabaseAndEndAfterFifteenIdleMinutes() throws Exception {
		browser.signIn("auditeur@demo.mnr", "demo-auditeur-mnr-2026", SECRET);
		assertThat(jdbc.queryForList("select max_inactive_interval from mnr_session where principal_name = ?",
				Integer.class, "auditeur@demo.mnr"))
			.containsExactly((int) Duration.ofMinutes(15).toSeconds());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		browser.signIn("analyste@demo.mnr", "demo-analyste-mnr-2026", SECRET);
		MvcResult out = browser.post("/mnr/deconnexion");
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion?deconnecte");
		assertThat(browser.get("/mnr").getResponse().getRedirectedUrl()).endsWith("/mnr/connexion");
		assertThat(jdbc.queryForObject("select count(*) from mnr_session where principal_name = ?", Integer.class,
				"analyste@demo.mnr"))
			.isZero();
	}

	@Test
	void aNewUserEnrolsASecondFactorAndChoosesAPasswordAtTheFirstSignIn() throws Exception {
		String temporary = "provisoire-2026-abcd";
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> users.save(new CaseworkUser("nouvelle.agente", "Nouvelle Agente",
					CaseworkRole.AGENT_IDENTIFICATION, organisations.findByCode("DEMO-POL").orElseThrow(),
					identity.passwords().encode(temporary), clock)));

		MvcResult result = browser.post("/mnr/connexion", "username", "nouvelle.agente", "password", temporary);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/activation");
		assertThat(browser.get("/mnr").getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/activation");
		String secret = MnrBrowser.byId(browser.get("/mnr/connexion/activation"), "secret");

		MvcResult enrolled = browser.post("/mnr/connexion/activation", "code", browser.code(secret));
		assertThat(MnrBrowser.html(enrolled)).contains("Vos codes de secours", "nouveau-mot-de-passe");
		assertThat(browser.get("/mnr").getResponse().getRedirectedUrl())
			.isEqualTo("/mnr/connexion/nouveau-mot-de-passe");

		MvcResult tooShort = browser.post("/mnr/connexion/nouveau-mot-de-passe", "password", "court", "confirmation",
				"court");
		assertThat(tooShort.getResponse().getStatus()).isEqualTo(400);
		assertThat(MnrBrowser.html(tooShort)).contains("au moins 12 caractères");
		MvcResult changed = browser.post("/mnr/connexion/nouveau-mot-de-passe", "password",
				"une phrase de passe bien à moi", "confirmation", "une phrase de passe bien à moi");
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/mnr");
		assertThat(browser.get("/mnr").getResponse().getStatus()).isEqualTo(200);

		String stored = jdbc.queryForObject("select totp_secret from mnr_user where username = 'nouvelle.agente'",
				String.class);
		assertThat(stored).as("the TOTP secret is sealed").startsWith("aead1:").doesNotContain(secret);
		assertThat(jdbc.queryForList("select code_hash from mnr_recovery_code c join mnr_user u on u.id = c.user_id"
				+ " where u.username = 'nouvelle.agente'", String.class))
			.hasSize(10)
			.allMatch(hash -> hash.startsWith("{bcrypt}"));
	}

	@Test
	void aSensitiveActionAsksForTheProofAgainOnceItIsOld() throws Exception {
		browser.signIn("admin@demo.mnr", "demo-admin-mnr-2026", SECRET);
		long agent = users.findByUsername("agent@demo.mnr").orElseThrow().getId();
		clock.advance(Duration.ofMinutes(11));
		MvcResult asked = browser.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/mnr/admin/utilisateurs/" + agent + "/mot-de-passe")
			.header("Referer", "http://localhost/mnr/admin/utilisateurs/" + agent)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(asked.getResponse().getRedirectedUrl())
			.isEqualTo("/mnr/reauthentification?retour=%2Fmnr%2Fadmin%2Futilisateurs%2F" + agent);
		MvcResult wrong = browser.post("/mnr/reauthentification", "retour", "/mnr/admin/utilisateurs/" + agent,
				"password", "demo-admin-mnr-2026", "code", "123456");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
		MvcResult proved = browser.post("/mnr/reauthentification", "retour", "/mnr/admin/utilisateurs/" + agent,
				"password", "demo-admin-mnr-2026", "code", browser.code(SECRET));
		assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/mnr/admin/utilisateurs/" + agent);
		MvcResult reset = browser.post("/mnr/admin/utilisateurs/" + agent + "/mot-de-passe");
		assertThat(MnrBrowser.byId(reset, "temporary-password")).hasSize(19);
	}

	@Test
	void theReturnAddressNeverLeavesTheCasework() throws Exception {
		browser.signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026", SECRET);
		MvcResult proved = browser.post("/mnr/reauthentification", "retour", "https://ailleurs.example/mnr", "password",
				"demo-gestion-mnr-2026", "code", browser.code(SECRET));
		assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/mnr");
	}

	@Test
	void aDisabledUserIsSignedOutAtTheNextRequest() throws Exception {
		browser.signIn("prestataire@demo.mnr", "demo-prestataire-mnr-2026", SECRET);
		assertThat(browser.get("/mnr").getResponse().getStatus()).isEqualTo(200);
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> users.findByUsername("prestataire@demo.mnr").orElseThrow().disable());
		try {
			assertThat(browser.get("/mnr").getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion");
		}
		finally {
			new TransactionTemplate(transactions)
				.executeWithoutResult(status -> users.findByUsername("prestataire@demo.mnr").orElseThrow().enable());
		}
	}

}
