package org.cohesion.portal.backoffice;

import java.time.Instant;

import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's day, in Chromium: a Rédacteur writes and submits an article; an Éditeur
 * signs in with password and TOTP code, publishes it; the public site shows it.
 */
class BackOfficeBrowserTests extends BrowserTest {

	static final String TITLE = "Remise de kits scolaires aux enfants de Daloa";

	@Test
	void writerSubmitsEditorSignsInWithTotpAndPublishesReadersSeeIt() {
		// The Rédacteur writes and submits.
		signIn("redacteur@demo.example", "demo-redacteur-2026");
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
		browser.get(url("/admin/actualites/nouvelle"));
		browser.findElement(By.id("title")).sendKeys(TITLE);
		browser.findElement(By.id("standfirst")).sendKeys("Trois cents cartables remis aux familles sinistrées.");
		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area[contenteditable=true]"));
		area.click();
		area.sendKeys("La distribution a eu lieu au centre social de Daloa, en présence des familles.");
		new Select(browser.findElement(By.id("sectionId"))).selectByVisibleText("Solidarité");
		browser.findElement(By.cssSelector(".form--article button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/admin/actualites/\\d+$"));
		String articlePath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		browser.findElement(By.cssSelector("form[action$='/soumettre'] button")).click();
		waitUntil(() -> browser.getPageSource().contains("notice--success"));
		signOut();

		// Not public yet.
		browser.get(url("/actualites"));
		assertThat(browser.getPageSource()).doesNotContain(TITLE);

		// The Éditeur signs in with password and the code of their authenticator app,
		// then publishes.
		signIn("editeur@demo.example", "demo-editeur-2026");
		assertThat(browser.getCurrentUrl()).endsWith("/connexion/code");
		// a code is accepted once per account and 30-second step, and other browser tests
		// sign the same demo
		// Éditeur in: a step of its own
		long used = Totp.step(Instant.now());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(40))
			.until(() -> Totp.step(Instant.now()) != used);
		browser.findElement(By.id("code")).sendKeys(Totp.code(DemoAccounts.DEMO_TOTP_SECRET, Totp.step(Instant.now())));
		browser.findElement(By.cssSelector("form[action='/connexion/code'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));
		browser.get(url(articlePath));
		browser.findElement(By.cssSelector("form[action$='/publier'] button[type=submit]")).click();
		waitUntil(() -> browser.getPageSource().contains("notice--success"));

		// Readers see it (in its section's list, which this browser has not cached:
		// public pages may be cached
		// for a minute).
		browser.get(url("/rubriques/solidarite"));
		browser.findElement(By.linkText(TITLE)).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/actualites/remise-de-kits-scolaires-aux-enfants-de-daloa"));
		assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isEqualTo(TITLE);
		assertThat(browser.findElement(By.cssSelector(".article__body")).getText()).contains("centre social de Daloa");
	}

	private void signIn(String email, String password) {
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
		waitUntil(() -> !browser.getCurrentUrl().endsWith("/connexion"));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action='/deconnexion'] button")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/connexion"));
	}

}
