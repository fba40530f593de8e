package org.cohesion.portal.casework.referral;

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
 * In Chromium, on the demo: the demo prestataire (the demo NGO) finds the referrals
 * addressed to the NGO, the urgent one first; opens the one awaiting an answer, sees the
 * first name and languages the case worker chose to share and nothing else of the case,
 * accepts it; the case's timeline says so. No JavaScript is involved.
 */
class ReferralBrowserTests extends BrowserTest {

	private static final String DEMO_SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theProviderAcceptsAReferralSeeingOnlyWhatWasShared() {
		String awaiting = jdbc.queryForObject("select ref from mnr_referral where status = 'SENT' and urgent = false",
				String.class);
		String caseCode = jdbc.queryForObject("select case_code from mnr_referral where ref = ?", String.class,
				awaiting);
		String urgentCase = jdbc.queryForObject(
				"select case_code from mnr_referral where urgent = true and status = 'IN_PROGRESS'", String.class);
		signIn("prestataire@demo.mnr", "demo-prestataire-mnr-2026");

		browser.get(url("/mnr/referencements"));
		String inbox = browser.findElement(By.tagName("main")).getText();
		assertThat(inbox).contains(caseCode, urgentCase, "Urgent").doesNotContain("Grâce");
		assertThat(inbox.indexOf(urgentCase)).isLessThan(inbox.indexOf(caseCode));

		browser.findElement(By.cssSelector("a[href='/mnr/referencements/" + awaiting + "']")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/referencements/" + awaiting));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Ce qui vous est partagé", "Grâce", "Préfère une intervenante")
			.doesNotContain("Exemple-Kouadio", "05 00 10 00 02");
		browser.findElement(By.cssSelector("form[action$='/accepter'] button")).click();
		waitUntil(() -> browser.findElement(By.tagName("main")).getText().contains("Référencement accepté"));
		assertThat(jdbc.queryForObject("select status from mnr_referral where ref = ?", String.class, awaiting))
			.isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select count(*) from mnr_case_event e join mnr_case c on c.id = e.case_id"
				+ " where c.code = ? and e.kind = 'REFERRAL_ACCEPTED'", Integer.class, caseCode))
			.isEqualTo(1);

		browser.get(url("/mnr/dossiers/" + caseCode));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("introuvable");
	}

	private void signIn(String username, String password) {
		browser.get(url("/mnr/connexion"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		long used = jdbc.queryForObject("select totp_last_step from mnr_user where username = ?", Long.class, username);
		long step = Math.max(Totp.step(Instant.now()) - 1, used + 1);
		browser.findElement(By.id("code")).sendKeys(Totp.code(DEMO_SECRET, step));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
	}

}
