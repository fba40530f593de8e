package org.cohesion.portal.newsletter;

import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader signs up from the footer of a page in a real Chromium: the form works without
 * JavaScript, the consent box is required, the hidden trap field is skipped by the
 * keyboard, and the browser's own Origin passes the server's check.
 */
class NewsletterBrowserTests extends BrowserTest {

	@Autowired
	SubscriberRepository subscribers;

	@Test
	void aReaderSignsUpFromTheFooterWithTheKeyboard() {
		browser.get(url("/actualites"));
		WebElement email = browser.findElement(By.id("footer-email"));
		email.sendKeys("lectrice.footer@example.ci");
		email.sendKeys(Keys.TAB);
		WebElement consent = browser.findElement(By.id("footer-consent"));
		assertThat(browser.switchTo().activeElement()).isEqualTo(consent);

		// without consent the browser itself refuses (required), and nothing is stored
		email.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("/actualites");

		consent.sendKeys(Keys.SPACE);
		consent.sendKeys(Keys.TAB);
		assertThat(browser.switchTo().activeElement().getTagName()).as("the trap field is skipped").isEqualTo("button");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().endsWith("/newsletter/inscription"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre boîte aux lettres");
		assertThat(subscribers.findByEmail("lectrice.footer@example.ci").orElseThrow().getStatus())
			.isEqualTo(SubscriberStatus.PENDING);
	}

}
