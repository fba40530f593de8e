package org.cohesion.portal.site;

import java.util.Map;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the public pages are laid out in Chromium: real buttons at the text's size, the
 * consent error under its label on a phone, the desktop width used beside an article and
 * on the home page, the lightbox loading the photo size that fits.
 */
class PublicLayoutBrowserTests extends BrowserTest {

	@AfterEach
	void desktopAgain() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void realButtonsUseTheTextSize() {
		browser.get(url("/newsletter"));
		WebElement button = browser.findElement(By.cssSelector(".subscribe-form button.button"));
		String body = browser.findElement(By.tagName("body")).getCssValue("font-size");
		assertThat(button.getCssValue("font-size")).isEqualTo(body).isEqualTo("16px");
		assertThat(button.getCssValue("font-family"))
			.isEqualTo(browser.findElement(By.tagName("body")).getCssValue("font-family"));
	}

	@Test
	void onAPhoneTheConsentErrorSitsUnderItsLabel() {
		phone();
		browser.get(url("/newsletter"));
		browser.findElement(By.id("nl-email")).sendKeys("lecteur@example.org");
		WebElement submit = browser.findElement(By.cssSelector(".subscribe-form button.button"));
		js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
		submit.click();
		waitUntil(() -> !browser.findElements(By.id("nl-consent-error")).isEmpty());
		Rectangle error = browser.findElement(By.id("nl-consent-error")).getRect();
		Rectangle label = browser.findElement(By.cssSelector("label[for='nl-consent']")).getRect();
		Rectangle field = browser.findElement(By.cssSelector(".field--checkbox")).getRect();
		assertThat(error.getY()).as("error below the label").isGreaterThanOrEqualTo(label.getY() + label.getHeight());
		assertThat(error.getWidth()).as("error as wide as its field").isGreaterThan(field.getWidth() * 9 / 10);
	}

	@Test
	void onADesktopTheArticleHasRelatedAndLatestNewsBesideIt() {
		browser.get(url("/actualites"));
		browser.get(browser.findElement(By.cssSelector(".card__title a")).getAttribute("href"));
		Rectangle article = browser.findElement(By.cssSelector("article.article")).getRect();
		Rectangle aside = browser.findElement(By.cssSelector(".article-aside")).getRect();
		Rectangle container = browser.findElement(By.cssSelector(".article-columns")).getRect();
		assertThat(aside.getX()).as("beside the text, not under it").isGreaterThan(article.getX() + article.getWidth());
		assertThat(aside.getY()).isLessThan(article.getY() + 400);
		assertThat(container.getX() + container.getWidth() - (aside.getX() + aside.getWidth()))
			.as("nothing left empty on the right")
			.isLessThan(40);
		assertThat(browser.findElements(By.cssSelector(".article-aside .aside-list a"))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(browser.findElements(By.cssSelector(".article-aside img"))).as("no image added").isEmpty();
	}

	@Test
	void onADesktopHomeSectionsAndGalleriesEndLevel() {
		browser.get(url("/"));
		Rectangle galleries = browser.findElement(By.cssSelector(".galleries-teaser")).getRect();
		Rectangle sections = browser.findElement(By.cssSelector(".home__columns .sections")).getRect();
		assertThat(sections.getX()).as("side by side").isGreaterThan(galleries.getX());
		int hole = Math.abs((galleries.getY() + galleries.getHeight()) - (sections.getY() + sections.getHeight()));
		assertThat(hole).as("height left empty under the shorter column").isLessThan(160);
	}

	@Test
	void onAPhoneTheLightboxLoadsThePhotoSizeThatFitsInWebp() {
		phone();
		browser.get(url("/galeries/caravane-cohesion-sociale-korhogo"));
		WebElement photo = browser.findElement(By.cssSelector(".gallery-grid__link"));
		waitUntil(() -> Boolean.TRUE.equals(js().executeScript("return !!document.querySelector('dialog.lightbox')")));
		js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", photo);
		photo.click();
		waitUntil(() -> Boolean.TRUE.equals(js().executeScript(
				"const i = document.querySelector('.lightbox__image'); return !!i && i.complete && !!i.currentSrc")));
		String loaded = (String) js().executeScript("return document.querySelector('.lightbox__image').currentSrc");
		assertThat(loaded).endsWith(".webp").doesNotContain("-1600.");
	}

	private void phone() {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
	}

	private JavascriptExecutor js() {
		return browser;
	}

}
