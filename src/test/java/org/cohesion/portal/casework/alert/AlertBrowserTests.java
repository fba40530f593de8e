package org.cohesion.portal.casework.alert;

import java.time.Duration;
import java.time.Instant;

import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium on a 360-pixel-wide screen, on the demo: the demo agent writes an alert and
 * sends it twice (the first sending's answer lost on a bad network, then a tap on
 * "Envoyer" again); one alert results, and it is the one shown. The demo case worker
 * finds the demo alerts in the cell's queue and takes one: the interview page opens,
 * without sideways scrolling either.
 */
class AlertBrowserTests extends BrowserTest {

	/** The demo accounts' public TOTP secret (shown on the demo sign-in page). */
	private static final String DEMO_SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void anAgentSendsAnAlertTwiceFromAPhoneAndOneAlertResults() {
		browser.manage().window().setSize(new Dimension(360, 740));
		signIn("agent@demo.mnr", "demo-agent-mnr-2026");

		browser.get(url("/mnr/signalements/nouveau"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nouveau signalement");
		assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
			.as("no sideways scrolling at 360 px")
			.isLessThanOrEqualTo(360);
		String key = browser.findElement(By.name("key")).getAttribute("value");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("Poro");
		browser.findElement(By.id("locality")).sendKeys("Korhogo, gare Navigateur-Témoin");
		browser.findElement(By.id("circumstances")).sendKeys("Deux garçons fictifs attendent seuls un car.");
		browser.findElement(By.id("peopleCount")).sendKeys("2");
		browser.findElement(By.cssSelector("label[for=needFood]")).click();

		// the first tap: sent, but its answer never reaches the phone
		browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.querySelector('form.form');
				fetch(form.getAttribute('action'), { method: 'POST', body: new URLSearchParams(new FormData(form)),
					credentials: 'same-origin', redirect: 'manual' }).then(() => done(), () => done());
				""");
		// the second tap
		browser.findElement(By.cssSelector("button[value=envoyer]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/mnr/signalements/[0-9a-f]{32}$"));

		String page = browser.findElement(By.tagName("body")).getText();
		assertThat(page).contains("Korhogo, gare Navigateur-Témoin", "À traiter", "Cellule régionale du Poro");
		assertThat(jdbc.queryForObject("select count(*) from mnr_alert where idempotency_key = ?", Integer.class, key))
			.isEqualTo(1);
		String ref = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
		// both sendings reached the server: the first made the alert, the second found it
		assertThat(jdbc.queryForList("select action || ' ' || detail from mnr_audit where record_ref = ? order by seq",
				String.class, ref))
			.anyMatch(line -> line.startsWith("CREATE envoyé à CR-POR"))
			.anyMatch(line -> line.equals("VIEW renvoi du même formulaire"));

		browser.get(url("/mnr/signalements"));
		assertThat(browser.findElements(By.cssSelector("a[href='/mnr/signalements/" + ref + "']"))).hasSize(1);
		assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
	}

	@Test
	void aCaseWorkerTakesAnAlertFromTheCellsQueueOnAPhone() throws Exception {
		browser.manage().window().setSize(new Dimension(360, 740));
		signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026");
		browser.get(url("/mnr/signalements"));
		String list = browser.findElement(By.tagName("body")).getText();
		assertThat(list).contains("Signalements à traiter", "Korhogo, marché central (démo)", "Entretiens en cours",
				"Korhogo, quartier Soba (démo)");
		browser.findElement(By.xpath("//section[@aria-labelledby='queue-title']//a[1]")).click();
		waitUntil(() -> !browser.findElements(By.cssSelector("button.button")).isEmpty());
		browser.findElement(By.xpath("//button[normalize-space()='Prendre en charge pour l’entretien']")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/mnr/entretiens/"));
		String page = browser.findElement(By.tagName("body")).getText();
		assertThat(page).contains("Entretien d’identification", "Signalement pris en charge", "Personne concernée",
				"Indicateurs", "Conclusion");
		assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
			.as("no sideways scrolling at 360 px")
			.isLessThanOrEqualTo(360);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/screening-360.png"),
				browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

		// the interview, still at 360 px: a new person of 14, act and purpose (a child
		// needs no
		// means), presumed victim: the case file opens, the child's name hidden
		browser.findElement(By.cssSelector("#personne details summary")).click();
		browser.findElement(By.id("firstName")).sendKeys("Awa");
		browser.findElement(By.id("secondName")).sendKeys("Navigatrice-Fictive");
		browser.findElement(By.id("age")).sendKeys("14");
		browser.findElement(By.cssSelector("form[action$='/nouvelle-personne'] button[type=submit]")).click();
		waitUntil(() -> !browser.findElements(By.id("linked-person")).isEmpty());
		browser.findElement(By.cssSelector("label[for='acts-Recruitment']")).click();
		browser.findElement(By.cssSelector("label[for='acts-Transport']")).click();
		browser.findElement(By.cssSelector("label[for='purposes-ChildLabour']")).click();
		browser.findElement(By.cssSelector("form[action$='/indicateurs'] button[type=submit]")).click();
		waitUntil(() -> browser.findElement(By.id("acts-Recruitment")).isSelected());
		browser.findElement(By.cssSelector("label[for='outcome-PossibleVictimOfTrafficking']")).click();
		new Select(browser.findElement(By.id("decisionOrg"))).selectByValue("NonPoliceGovernmentalOrganization");
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("decidedOn")),
				java.time.LocalDate.now().toString());
		browser.findElement(By.cssSelector("form[action$='/conclusion'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/mnr/dossiers/"));
		String file = browser.findElement(By.tagName("main")).getText();
		assertThat(file).contains("A. N.-F.").doesNotContain("Awa").doesNotContain("Navigatrice");
	}

	private void signIn(String username, String password) {
		// one browser for the class: start each test signed out
		browser.get(url("/mnr/connexion"));
		browser.manage().deleteAllCookies();
		browser.get(url("/mnr/connexion"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		long step = Totp.step(Instant.now());
		browser.findElement(By.id("code")).sendKeys(Totp.code(DEMO_SECRET, step));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().endsWith("/code")
				|| !driver.findElements(By.cssSelector(".field__error, .notice--error")).isEmpty());
		if (browser.getCurrentUrl().endsWith("/mnr/connexion/code")) {
			// another test used this step's code for the same demo account: codes are
			// single-use, so wait for the next step
			new WebDriverWait(browser, Duration.ofSeconds(40)).until(driver -> Totp.step(Instant.now()) > step);
			browser.findElement(By.id("code")).clear();
			browser.findElement(By.id("code")).sendKeys(Totp.code(DEMO_SECRET, Totp.step(Instant.now())));
			browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		}
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
	}

}
