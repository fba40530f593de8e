package org.cohesion.portal.accounts;

import java.time.Instant;

import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo accounts work as documented on the sign-in page, second factor included. */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class DemoAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void signInPageListsTheDemoTotpSecretAndTheDemoAdministratorSignsInWithIt() throws Exception {
		String html = mvc.perform(get("/connexion")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains(DemoAccounts.DEMO_TOTP_SECRET).contains("admin@demo.example");

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/connexion").session(session)
			.with(csrf())
			.param("email", "admin@demo.example")
			.param("password", "demo-admin-2026")).andExpect(redirectedUrl("/connexion/code"));
		// the step after the current one: another test may already have used the current
		// one
		String code = Totp.code(DemoAccounts.DEMO_TOTP_SECRET, Totp.step(Instant.now()) + 1);
		mvc.perform(post("/connexion/code").session(session).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin/comptes").session(session)).andExpect(status().isOk());
	}

	@Test
	void everyDemoAccountHasAStoredHashOfItsPublishedPasswordAtTheCurrentCost() {
		for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
			String hash = DemoAccounts.passwordHash(account);
			assertThat(hash).as(account.email()).isNotNull();
			assertThat(passwords.matches(account.password(), hash)).as(account.email()).isTrue();
			assertThat(passwords.upgradeEncoding(hash)).as(account.email()).isFalse();
		}
	}

	@Test
	void demoRedacteurSignsInWithThePasswordAlone() throws Exception {
		mvc.perform(post("/connexion").with(csrf())
			.param("email", "redacteur@demo.example")
			.param("password", "demo-redacteur-2026")).andExpect(redirectedUrl("/admin"));
	}

}
