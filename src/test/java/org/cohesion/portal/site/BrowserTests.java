package org.cohesion.portal.site;

import java.util.List;
import java.util.Map;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees, in Debian's Chromium driven by Debian's chromedriver (never a
 * downloaded browser): the demo home page, the ticker paused and resumed from the
 * keyboard, the "Haut" link, an article.
 */
class BrowserTests extends BrowserTest {

	@Test
	void readerPausesTheTickerFromTheKeyboardFollowsHautAndOpensAnArticle() {
		browser.get(url("/"));
		assertThat(browser.getTitle()).contains("Ministère de la Solidarité");
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--animated"));
		WebElement list = browser.findElement(By.cssSelector(".ticker__list"));
		assertThat(list.getCssValue("animation-play-state")).isEqualTo("running");

		// Tab through the page like a keyboard user until the pause button has the focus,
		// then press it.
		WebElement toggle = browser.findElement(By.cssSelector(".ticker__toggle"));
		tabUntilFocused(toggle, 80);
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		assertThat(ticker.getAttribute("class")).contains("ticker--paused");
		assertThat(toggle.getText()).isEqualTo("Reprendre le défilement");
		new Actions(browser).sendKeys(Keys.TAB).perform(); // focus leaves the ticker: it
															// stays paused
		assertThat(list.getCssValue("animation-play-state")).isEqualTo("paused");
		new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(browser.switchTo().activeElement()).isEqualTo(toggle);
		new Actions(browser).sendKeys(Keys.SPACE).perform();
		assertThat(ticker.getAttribute("class")).doesNotContain("ticker--paused");
		assertThat(toggle.getText()).isEqualTo("Mettre en pause le défilement");

		// Down to the footer, then "Haut" back to the top.
		// Instantly (the page scrolls smoothly otherwise), and only once there, so that
		// the two scrolls never overlap.
		js().executeScript("window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })");
		waitUntil(() -> scrollY() > 200);
		WebElement top = browser.findElement(By.cssSelector(".back-to-top"));
		assertThat(top.getText()).startsWith("↑ Haut");
		top.sendKeys(Keys.ENTER);
		waitUntil(() -> scrollY() == 0);
		assertThat(browser.getCurrentUrl()).endsWith("#haut");

		// An article from the home page, with its French date.
		browser.findElement(By.cssSelector(".latest .card__title a")).sendKeys(Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().contains("/actualites/"));
		assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isNotBlank();
		assertThat(browser.findElement(By.cssSelector(".article__date time")).getText()).matches(
				"\\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}");
		assertThat(browser.findElement(By.cssSelector(".article__body")).getText()).isNotBlank();
		assertNothingLoadedFromElsewhere();
	}

	@Test
	void aTickerLinkReachedWithTheKeyboardIsShownWholeAndStill() {
		browser.get(url("/"));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--animated"));
		WebElement link = browser.findElement(By.cssSelector(".ticker__list:not(.ticker__list--copy) a"));
		tabUntilFocused(link, 80);

		WebElement list = browser.findElement(By.cssSelector(".ticker__list"));
		assertThat(list.getCssValue("animation-name")).isEqualTo("none");
		@SuppressWarnings("unchecked")
		Map<String, Object> inside = (Map<String, Object>) js().executeScript("""
				const link = document.activeElement.getBoundingClientRect();
				const box = document.querySelector('.ticker__viewport').getBoundingClientRect();
				return { left: link.left >= box.left - 1, right: link.right <= box.right + 1 };
				""");
		assertThat(inside).containsEntry("left", true).containsEntry("right", true);
	}

	@Test
	void tickerStaysStillForReadersWhoPreferReducedMotion() {
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		try {
			browser.get(url("/"));
			WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
			assertThat(ticker.getAttribute("class")).doesNotContain("ticker--animated");
			assertThat(browser.findElement(By.cssSelector(".ticker__toggle")).isDisplayed()).isFalse();
			assertThat(browser.findElements(By.cssSelector(".ticker__list li")).get(0).isDisplayed()).isTrue();
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	@Test
	void publicPagesPassTheWcagAutomatedChecks() throws Exception {
		String axe = new String(getClass().getResourceAsStream("/vendor/axe-core/axe.min.js").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		browser.get(url("/actualites"));
		String article = browser.findElement(By.cssSelector(".card__title a")).getAttribute("href");
		// i18n: an English article and one that falls back to French (lang="fr" inside an
		// English page)
		browser.get(url("/en/actualites"));
		String english = browser.findElement(By.cssSelector(".card:not([lang]) .card__title a")).getAttribute("href");
		String fallback = browser.findElement(By.cssSelector(".card[lang='fr'] .card__title a")).getAttribute("href");
		for (String page : List.of(url("/"), article, url("/actualites"), url("/actualites?page=2"),
				url("/rubriques/cooperation"), url("/actualites/archives"), url("/flash-infos"), url("/le-ministere"),
				url("/galeries"), url("/galeries/caravane-cohesion-sociale-korhogo"), url("/newsletter"),
				url("/newsletter/numeros"), url("/newsletter/mes-donnees"), url("/newsletter/desinscription?j=exemple"),
				url("/newsletter/confirmation?j=exemple"), url("/page-qui-n-existe-pas"),
				url("/recherche?q=m%C3%A9nages"), url("/recherche?q=traite&type=article&tri=date"),
				url("/recherche?q=zzzzzz"), url("/recherche?q="), url("/en/"), english, fallback, url("/en/actualites"),
				url("/en/flash-infos"), url("/en/the-ministry"), url("/en/mentions-legales"), url("/en/galeries"),
				url("/en/recherche?q=floods"))) {
			browser.get(page);
			js().executeScript(axe);
			@SuppressWarnings("unchecked")
			List<String> violations = (List<String>) js().executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, { runOnly: { type: 'tag',
					    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
					  .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
					    + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(', '))))
					  .catch(error => done(['axe failed: ' + error]));
					""");
			assertThat(violations).as("WCAG violations on %s", page).isEmpty();
		}
	}

	@Test
	void readerSwitchesToEnglishAndBackFromTheHeader() {
		browser.get(url("/le-ministere"));
		browser.findElement(By.cssSelector(".language-switch a[hreflang='en']")).sendKeys(Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().endsWith("/en/the-ministry"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("The Ministry");
		assertThat(browser.findElement(By.cssSelector(".back-to-top")).getText()).startsWith("↑ Top");
		browser.findElement(By.cssSelector(".language-switch a[hreflang='fr']")).sendKeys(Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().endsWith("/le-ministere"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertNothingLoadedFromElsewhere();
	}

	private void assertNothingLoadedFromElsewhere() {
		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) js()
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(resources).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("http://localhost:" + port));
	}

	private void tabUntilFocused(WebElement target, int maxPresses) {
		browser.findElement(By.tagName("body")).click();
		for (int i = 0; i < maxPresses; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			if (target.equals(browser.switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("The ticker's pause button cannot be reached with the Tab key");
	}

	private long scrollY() {
		return ((Number) js().executeScript("return Math.round(window.scrollY)")).longValue();
	}

	private JavascriptExecutor js() {
		return browser;
	}

}
