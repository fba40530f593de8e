package org.cohesion.portal.casework;

import java.time.Instant;

import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.casework.staff.OrganisationType;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Break-the-glass in Chromium, on the demo: a case manager of another regional cell finds
 * no record of the Poro cell, asks for an exceptional access with a written reason, reads
 * the record under a banner saying until when; the Poro supervisor who owns it is told.
 * The pages need no JavaScript.
 */
class BreakGlassBrowserTests extends BrowserTest {

	static final String REASON = "Appel de nuit de la brigade de Bondoukou : la personne est à l’hôpital";

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CaseworkUserRepository users;

	@Autowired
	@Qualifier("caseworkTransactionManager")
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void aCaseManagerOfAnotherCellBreaksTheGlassWithAReasonAndTheSupervisorIsTold() {
		String code = jdbc
			.queryForList("select p.code from mnr_person p join mnr_user u on u.id = p.owner_id"
					+ " where u.username = 'superviseur@demo.mnr' order by p.id", String.class)
			.get(0);
		// the demo case manager works, for this test, in the Gontougo cell
		moveCaseManagerTo("CR-GON");
		try {
			signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026");
			assertThat(body()).contains("CR-GON");
			browser.get(url("/mnr/personnes/" + code));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fiche introuvable");
			assertThat(body()).doesNotContain("Kouamé");
			browser.findElement(By.cssSelector("a[href^='/mnr/acces-exceptionnel']")).click();
			waitUntil(() -> browser.getCurrentUrl().contains("/mnr/acces-exceptionnel")
					|| browser.getCurrentUrl().contains("/mnr/reauthentification"));
			if (browser.getCurrentUrl().contains("/mnr/reauthentification")) {
				browser.findElement(By.id("password")).sendKeys("demo-gestion-mnr-2026");
				browser.findElement(By.id("code"))
					.sendKeys(Totp.code(CaseworkSignInTests.SECRET,
							Math.max(Totp.step(Instant.now()) + 1,
									jdbc.queryForObject("select totp_last_step from mnr_user where username = ?",
											Long.class, "gestionnaire@demo.mnr") + 1)));
				browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
				waitUntil(() -> browser.getCurrentUrl().contains("/mnr/acces-exceptionnel"));
			}
			assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
			browser.findElement(By.id("reason")).sendKeys(REASON);
			browser.findElement(By.cssSelector("form[action='/mnr/acces-exceptionnel'] button[type=submit]")).click();
			waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/personnes/" + code));
			assertThat(body()).contains("Accès exceptionnel, valable jusqu’au", REASON, "Kouamé");
			browser.findElement(By.cssSelector(".admin-header__user button")).click();
			waitUntil(() -> browser.getCurrentUrl().contains("/mnr/connexion"));

			signIn("superviseur@demo.mnr", "demo-superviseur-mnr-2026");
			browser.get(url("/mnr/notifications"));
			assertThat(body()).contains("gestionnaire@demo.mnr a ouvert la fiche " + code + " en accès exceptionnel");
			browser.get(url("/mnr/acces-exceptionnels"));
			assertThat(body()).contains(code, REASON);
			browser.findElement(By.cssSelector(".admin-header__user button")).click();
			waitUntil(() -> browser.getCurrentUrl().contains("/mnr/connexion"));
		}
		finally {
			moveCaseManagerTo("CR-POR");
		}
	}

	private void moveCaseManagerTo(String organisationCode) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Organisation organisation = organisations.findByCode(organisationCode)
				.orElseGet(() -> organisations.save(new Organisation(organisationCode,
						"Cellule régionale du Gontougo (test)", OrganisationKind.CELLULE_REGIONALE,
						OrganisationType.LOCAL_GOVERNMENT, "Gontougo", java.time.Clock.systemUTC())));
			CaseworkUser manager = users.findByUsername("gestionnaire@demo.mnr").orElseThrow();
			manager.assign(manager.getDisplayName(), manager.getRole(), organisation);
		});
	}

	private void signIn(String username, String password) {
		browser.get(url("/mnr/connexion"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		// a step no other test of this shared demo has used for this account (codes are
		// single-use)
		long used = jdbc.queryForObject("select totp_last_step from mnr_user where username = ?", Long.class, username);
		long step = Math.max(Totp.step(Instant.now()) - 1, used + 1);
		browser.findElement(By.id("code")).sendKeys(Totp.code(CaseworkSignInTests.SECRET, step));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
	}

	private String body() {
		return browser.findElement(By.tagName("body")).getText();
	}

}
