package org.cohesion.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo gallery in Chromium: the grid reserves each photo's space and loads lazily; the
 * lightbox opens from the keyboard, moves with the arrow keys, announces the position,
 * closes with Escape and gives the focus back; the page passes axe-core with it open.
 */
class GalleryBrowserTests extends BrowserTest {

	static final String GALLERY = "/galeries/caravane-cohesion-sociale-korhogo";

	@Test
	void lightboxWorksFromTheKeyboardAndAnnouncesThePosition() {
		browser.get(url(GALLERY));
		List<WebElement> images = browser.findElements(By.cssSelector(".gallery-grid img"));
		assertThat(images).hasSize(4).allSatisfy(image -> {
			assertThat(image.getAttribute("width")).isNotBlank();
			assertThat(image.getAttribute("height")).isNotBlank();
			assertThat(image.getAttribute("loading")).isEqualTo("lazy");
			assertThat(image.getAttribute("srcset")).contains("360w");
			assertThat(image.getAttribute("alt")).isNotBlank();
		});
		List<WebElement> links = browser.findElements(By.cssSelector(".gallery-grid__link"));
		WebElement first = links.get(0);
		first.sendKeys(Keys.ENTER);

		WebElement dialog = browser.findElement(By.cssSelector("dialog.lightbox"));
		waitUntil(() -> dialog.getAttribute("open") != null);
		WebElement status = dialog.findElement(By.cssSelector(".lightbox__status"));
		assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(status.getText()).isEqualTo("Photo 1 sur 4");
		assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("lightbox__close");
		WebElement large = dialog.findElement(By.cssSelector(".lightbox__image"));
		assertThat(large.getAttribute("src")).isEqualTo(first.getAttribute("href"));

		new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(status.getText()).isEqualTo("Photo 2 sur 4");
		assertThat(large.getAttribute("src")).isEqualTo(links.get(1).getAttribute("href"));
		assertThat(dialog.findElement(By.cssSelector(".lightbox__caption")).getText())
			.contains("Accueil de la délégation");
		new Actions(browser).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
		assertThat(status.getText()).isEqualTo("Photo 4 sur 4");

		assertNoAxeViolations();

		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		waitUntil(() -> dialog.getAttribute("open") == null);
		assertThat(browser.switchTo().activeElement()).isEqualTo(first);
	}

	@Test
	void withoutJavaScriptEachPhotoIsAPlainLinkToItsLargeVersion() {
		browser.get(url(GALLERY));
		for (WebElement link : browser.findElements(By.cssSelector(".gallery-grid__link"))) {
			assertThat(link.getAttribute("href")).matches(".*/media/[0-9a-f]{24}-[0-9]+\\.jpg");
		}
		assertNoAxeViolations();
	}

	private void assertNoAxeViolations() {
		String axe;
		try {
			axe = new String(getClass().getResourceAsStream("/vendor/axe-core/axe.min.js").readAllBytes(),
					StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		JavascriptExecutor js = browser;
		js.executeScript(axe);
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
				    + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""");
		assertThat(violations).isEmpty();
	}

}
