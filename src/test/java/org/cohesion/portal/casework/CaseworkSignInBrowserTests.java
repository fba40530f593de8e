package org.cohesion.portal.casework;

import java.time.Instant;

import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo ({@code all} node, demo mode): a field agent signs in to
 * {@code /mnr} with the demo password and a TOTP code, lands on the casework's home, and
 * signs out. The pages need no JavaScript.
 */
class CaseworkSignInBrowserTests extends BrowserTest {

	@Test
	void anAgentSignsInWithPasswordAndTotpCodeThenSignsOut() {
		browser.get(url("/mnr/connexion"));
		assertThat(browser.getTitle()).contains("Connexion au MNR");
		assertThat(browser.findElement(By.id("demo-title")).getText()).isEqualTo("Comptes de démonstration");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("agent@demo.mnr", "demo-agent-mnr-2026",
				CaseworkSignInTests.SECRET);

		browser.findElement(By.id("username")).sendKeys("agent@demo.mnr");
		browser.findElement(By.id("password")).sendKeys("demo-agent-mnr-2026");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Code de vérification");

		browser.findElement(By.id("code")).sendKeys(Totp.code(CaseworkSignInTests.SECRET, Totp.step(Instant.now())));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
		String page = browser.findElement(By.tagName("body")).getText();
		assertThat(page).contains("Bienvenue, Koffi Brou (démo).", "Agent d’identification", "DEMO-POL",
				"Enregistrer une alerte");
		Cookie session = browser.manage().getCookieNamed("MNR_SESSION");
		assertThat(session).isNotNull();
		assertThat(session.getPath()).isEqualTo("/mnr");
		assertThat(session.isHttpOnly()).isTrue();

		browser.findElement(By.cssSelector(".admin-header__user button")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/mnr/connexion"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Vous êtes déconnecté.");
		browser.get(url("/mnr"));
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion"));
	}

}
