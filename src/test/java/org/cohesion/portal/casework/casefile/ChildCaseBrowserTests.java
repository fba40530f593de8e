package org.cohesion.portal.casework.casefile;

import java.time.Instant;

import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo: the demo case worker opens the case of the 13-year-old girl
 * (a demo case, high risk): the page shows her initials and code, not her name, with the
 * high-risk banner; one click on « Afficher le nom » shows the name, and the audit and
 * the timeline keep that click. No JavaScript is involved.
 */
class ChildCaseBrowserTests extends BrowserTest {

	/** The demo accounts' TOTP secret, shown on the demo sign-in page. */
	private static final String DEMO_SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void aChildsNameIsHiddenUntilTheCaseWorkerClicksToShowIt() {
		String code = jdbc.queryForObject(
				"select c.code from mnr_case c join mnr_user u on u.id = c.owner_id"
						+ " where u.username = 'gestionnaire@demo.mnr' and c.is_child = true and c.risk_level = 'HIGH'",
				String.class);
		signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026");

		browser.get(url("/mnr/dossiers/" + code));
		waitUntil(() -> browser.getTitle().contains(code));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).doesNotContain("Aïcha").doesNotContain("Fictive-Yéo").contains("A. F.-Y.", "Risque élevé.");
		assertThat(browser.findElement(By.id("high-risk-banner")).isDisplayed()).isTrue();
		browser.get(url("/mnr/dossiers"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(code).doesNotContain("Aïcha");

		browser.get(url("/mnr/dossiers/" + code));
		browser.findElement(By.id("reveal-name")).click();
		waitUntil(() -> browser.findElement(By.tagName("main")).getText().contains("Aïcha"));
		assertThat(browser.findElement(By.id("case-name")).getText()).isEqualTo("Aïcha FICTIVE-YÉO");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nom masqué affiché sur le dossier");
		assertThat(jdbc.queryForObject("select count(*) from mnr_audit where actor = 'gestionnaire@demo.mnr'"
				+ " and action = 'REVEAL' and record_ref = ?", Integer.class, code))
			.isGreaterThanOrEqualTo(1);
	}

	private void signIn(String username, String password) {
		browser.get(url("/mnr/connexion"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		// a step no other test of this shared demo has used for this account
		long used = jdbc.queryForObject("select totp_last_step from mnr_user where username = ?", Long.class, username);
		long step = Math.max(Totp.step(Instant.now()) - 1, used + 1);
		browser.findElement(By.id("code")).sendKeys(Totp.code(DEMO_SECRET, step));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
	}

}
