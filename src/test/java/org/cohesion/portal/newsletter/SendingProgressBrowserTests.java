package org.cohesion.portal.newsletter;

import java.time.Instant;

import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Éditeur who started a sending watches it end without reloading: the edition's page
 * follows its figures while the sending runs, and shows the final status once it is over.
 */
class SendingProgressBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EditionSender sender;

	@Test
	void theEditionPageFollowsTheSendingUntilItIsOver() {
		// the demo starts sending the month before last at load; tests run the sender
		// themselves
		Long id = jdbc.queryForObject(
				"select min(id) from newsletter_edition where status = 'SENDING' and started_at is not null",
				Long.class);
		assertThat(id).as("the demo's edition being sent").isNotNull();

		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("admin@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-admin-2026");
		browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/connexion/code"));
		browser.findElement(By.id("code")).sendKeys(Totp.code(DemoAccounts.DEMO_TOTP_SECRET, Totp.step(Instant.now())));
		browser.findElement(By.cssSelector("form[action='/connexion/code'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));

		browser.get(url("/admin/lettre/" + id));
		assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("En cours d’envoi");
		assertThat(browser.findElement(By.cssSelector(".newsletter-progress")).getText()).contains("0 envoyés sur 6");

		sender.runOnce();

		// no reload by the test: the page's script notices the end and shows the result
		waitUntil(() -> browser.findElement(By.cssSelector(".badge")).getText().equals("Envoyé"));
		assertThat(browser.findElement(By.cssSelector(".newsletter-progress")).getText()).contains("6 envoyés sur 6");
	}

}
