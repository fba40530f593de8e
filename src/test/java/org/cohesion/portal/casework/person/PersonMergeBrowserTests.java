package org.cohesion.portal.casework.person;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo: a supervisor records a person, then the same person again
 * under another spelling; the creation form's check offers the first record, the second
 * record's page offers it too; the supervisor compares the two and merges them, and the
 * second code then leads to the record kept. The demo's own duplicate and consent
 * decisions show too. No JavaScript is needed on these pages.
 */
class PersonMergeBrowserTests extends BrowserTest {

	static final String SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	private void signInAsSupervisor() {
		browser.get(url("/mnr/connexion"));
		browser.findElement(By.id("username")).sendKeys("superviseur@demo.mnr");
		browser.findElement(By.id("password")).sendKeys("demo-superviseur-mnr-2026");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/connexion/code"));
		// a code is accepted once per account and 30-second step: a step of its own
		long used = Totp.step(Instant.now());
		Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> Totp.step(Instant.now()) != used);
		browser.findElement(By.id("code")).sendKeys(Totp.code(SECRET, Totp.step(Instant.now())));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr"));
	}

	private void fill(String firstName, String secondName, String phone) {
		browser.get(url("/mnr/personnes/nouvelle"));
		browser.findElement(By.id("firstName")).sendKeys(firstName);
		browser.findElement(By.id("secondName")).sendKeys(secondName);
		browser.findElement(By.id("mobilePhone")).sendKeys(phone);
	}

	private String save() {
		browser.findElement(By.cssSelector("form.form button.button:not(.button--secondary)")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/mnr/personnes/MNR-\\d{4}-[A-Z]+-\\d{5}"));
		return browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
	}

	@Test
	void aSupervisorMergesADuplicate() {
		signInAsSupervisor();
		String phone = "07 " + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		fill("Rokia", "Navigateur-Fofana", phone);
		String first = save();

		fill("Rokiya", "Navigateur-Fofanah", phone);
		browser.findElement(By.id("check-duplicates")).click();
		waitUntil(() -> !browser.findElements(By.id("matches")).isEmpty());
		assertThat(browser.findElement(By.id("matches")).getText()).contains(first, "R. N.-F.", "même téléphone");
		assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Rokiya");
		String second = save();

		assertThat(browser.findElement(By.id("correspondances")).getText()).contains(first);
		browser.findElement(By.cssSelector("a[href$='/fusion/" + first + "']")).click();
		waitUntil(() -> !browser.findElements(By.id("comparison")).isEmpty());
		assertThat(browser.findElement(By.id("comparison")).getText()).contains("Rokia", "Rokiya");
		browser.findElement(By.cssSelector("input[name=keep][value='" + first + "']")).click();
		browser.findElement(By.cssSelector("input[name=confirm]")).click();
		browser.findElement(By.cssSelector("button.button--danger")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/mnr/personnes/" + first));
		assertThat(browser.findElement(By.cssSelector(".notice--success")).getText())
			.contains(second + " fusionnée dans la fiche " + first);
		assertThat(browser.findElement(By.id("merged-records")).getText()).contains(second);

		browser.get(url("/mnr/personnes/" + second));
		waitUntil(() -> browser.getCurrentUrl().contains("/mnr/personnes/" + first));
		assertThat(browser.findElement(By.id("merged-from")).getText()).contains(second, first);

		// the demo: « Kouamé » and « Kwame » recorded twice, and consent decisions on
		// Kouamé
		List<String> demo = jdbc.queryForList("select p.code from mnr_person p join mnr_user u on u.id = p.owner_id"
				+ " where u.username = 'superviseur@demo.mnr' and p.merged_into_id is null order by p.id limit 2",
				String.class);
		assertThat(demo).hasSize(2);
		browser.get(url("/mnr/personnes/" + demo.get(0)));
		assertThat(browser.findElement(By.id("correspondances")).getText()).contains(demo.get(1), "même téléphone");
		browser.findElement(By.id("consents-link")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/consentements"));
		assertThat(browser.findElement(By.id("consent-states")).getText()).contains("Consentement donné",
				"ONG Main tendue du Poro (démo)", "Consentement refusé", "Consentement retiré");
	}

}
