package org.cohesion.portal.casework.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo, the whole path of a case: the case worker refers it to the
 * NGO (the person consented), the NGO's prestataire accepts in its own session, the case
 * worker adds a plan action and a follow-up and records it, asks for the closure (first
 * without its reason: refused), the cell's supervisor approves from the pending list and
 * the case shows « Clôturé »; a closed case offers no form any more. No JavaScript is
 * involved (dates are typed into their fields by the test).
 */
class ClosureBrowserTests extends BrowserTest {

	private static final String DEMO_SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	PersonNames people;

	@Test
	void referredAcceptedPlannedFollowedUpThenClosedOnApproval() {
		// the demo man in vocational training: he consented to sharing with the NGO
		String code = jdbc.queryForObject("select code from mnr_case where person_id = ?", String.class,
				people.matching("07 00 10 00 04").get(0));
		String support = jdbc.queryForObject(
				"select s.ref from mnr_service s join mnr_organisation o"
						+ " on o.id = s.organisation_id where o.code = 'DEMO-ONG' and s.service_type = 'PSYCHOSOCIAL'",
				String.class);

		signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026");
		browser.get(url("/mnr/dossiers/" + code + "/referencements"));
		browser.findElement(By.id("svc-" + support)).click();
		WebElement firstName = browser.findElement(By.id("f-FIRST_NAME"));
		if (!firstName.isSelected()) {
			firstName.click();
		}
		browser.findElement(By.id("note")).sendKeys("Souhaite reprendre les entretiens.");
		submit("form[action='/mnr/dossiers/" + code + "/referencements']");
		waitUntil(() -> jdbc.queryForObject("select count(*) from mnr_referral where case_code = ? and status = 'SENT'",
				Integer.class, code) == 1);
		String referral = jdbc.queryForObject("select ref from mnr_referral where case_code = ? and status = 'SENT'",
				String.class, code);
		Set<Cookie> worker = switchSession();

		signIn("prestataire@demo.mnr", "demo-prestataire-mnr-2026");
		browser.get(url("/mnr/referencements/" + referral));
		submit("form[action$='/accepter']");
		waitUntil(() -> main().contains("Référencement accepté"));
		switchSession(worker);

		browser.get(url("/mnr/dossiers/" + code + "/plan"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByValue("EDUCATION");
		browser.findElement(By.id("objective")).sendKeys("Passer le certificat de mécanique");
		browser.findElement(By.id("action")).sendKeys("Inscription à l’examen de fin de formation");
		date("plannedEnd", LocalDate.now().plusMonths(1));
		submit("form[action='/mnr/dossiers/" + code + "/plan']");
		waitUntil(() -> main().contains("Inscription à l’examen de fin de formation"));
		browser.findElement(By.id("subject")).sendKeys("Appel après l’examen");
		date("dueOn", LocalDate.now().plusDays(2));
		submit("form[action='/mnr/dossiers/" + code + "/suivis']");
		waitUntil(() -> main().contains("Appel après l’examen"));
		String followUp = jdbc.queryForObject(
				"select ref from mnr_followup where case_code = ? and subject is not null and done_on is null"
						+ " order by id desc limit 1",
				String.class, code);
		browser.findElement(By.id("fo-" + followUp)).sendKeys("Examen réussi, il a un emploi au garage.");
		submit("form[action='/mnr/dossiers/" + code + "/suivis/" + followUp + "/fait']");
		waitUntil(() -> jdbc.queryForObject("select count(*) from mnr_followup where ref = ? and done_on is not null",
				Integer.class, followUp) == 1);

		browser.get(url("/mnr/dossiers/" + code));
		browser.findElement(By.cssSelector("a[href='/mnr/dossiers/" + code + "/cloture']")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/cloture"));
		assertThat(main()).contains("Encore en cours sur ce dossier");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category")))
			.selectByValue("OBJECTIVES_MET");
		submit("form[action='/mnr/dossiers/" + code + "/cloture']");
		waitUntil(() -> main().contains("Indiquez le motif détaillé de la clôture."));
		browser.findElement(By.id("reason"))
			.sendKeys("Certificat obtenu, emploi stable au garage, logé par son patron.");
		submit("form[action='/mnr/dossiers/" + code + "/cloture']");
		waitUntil(() -> main().contains("Demande de clôture enregistrée."));
		assertThat(browser.findElements(By.cssSelector("form[action$='/approuver']"))).as("no approval for a worker")
			.isEmpty();
		switchSession();

		signIn("superviseur@demo.mnr", "demo-superviseur-mnr-2026");
		assertThat(browser.findElement(By.id("clotures-a-decider")).getText()).startsWith("Demandes de clôture");
		browser.findElement(By.id("clotures-a-decider")).click();
		browser.findElement(By.cssSelector("#a-decider + ul a[href='/mnr/dossiers/" + code + "/cloture']")).click();
		waitUntil(() -> main().contains("Certificat obtenu, emploi stable au garage"));
		submit("form[action$='/approuver']");
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/dossiers/" + code));
		assertThat(main()).contains("Clôturé", "Certificat obtenu, emploi stable au garage",
				"Clôture approuvée (Objectifs du plan atteints, personne réintégrée)");
		assertThat(browser.findElements(By.cssSelector("form[action='/mnr/dossiers/" + code + "/notes']")))
			.as("a closed case takes no note")
			.isEmpty();
		assertThat(jdbc.queryForObject("select cas_status from mnr_case where code = ?", String.class, code))
			.isEqualTo("Closed");
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private void submit(String form) {
		browser.findElement(By.cssSelector(form + " button")).click();
	}

	private void date(String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	/** Leaves this session (kept to come back to) for a fresh one. */
	private Set<Cookie> switchSession() {
		Set<Cookie> kept = browser.manage().getCookies();
		browser.manage().deleteAllCookies();
		return kept;
	}

	private void switchSession(Set<Cookie> back) {
		browser.manage().deleteAllCookies();
		back.forEach(cookie -> browser.manage().addCookie(cookie));
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
