package org.cohesion.portal.search;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching from the header of the demo site: suggestions while typing, chosen from the
 * keyboard, and the plain form's results page.
 */
class SearchBrowserTests extends BrowserTest {

	@Test
	void readerPicksASuggestionWithTheKeyboard() {
		browser.get(url("/"));
		WebElement box = browser.findElement(By.id("site-search-q"));
		box.sendKeys("ménages sinis");
		waitUntil(() -> "true".equals(box.getAttribute("aria-expanded")));
		assertThat(browser.findElements(By.cssSelector(".suggestions [role=option]")))
			.anySatisfy(option -> assertThat(option.getText()).contains("ménages sinistrés"));
		// ARIA: an option holds text, never a link or another control (axe:
		// nested-interactive)
		assertThat(
				browser.findElements(By.cssSelector(".suggestions [role=option] a, .suggestions [role=option] button")))
			.isEmpty();
		String target = url(
				browser.findElement(By.cssSelector(".suggestions [role=option]")).getAttribute("data-href"));
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isNotBlank();
		box.sendKeys(Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().equals(target));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isNotBlank();
	}

	@Test
	void readerSubmitsTheHeaderFormAndSeesHighlightedResults() {
		browser.get(url("/actualites"));
		WebElement box = browser.findElement(By.id("site-search-q"));
		box.sendKeys("menage sinistre");
		browser.findElement(By.cssSelector(".site-search__button")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/recherche?q="));
		assertThat(browser.findElement(By.cssSelector(".search__count")).getText()).contains("menage sinistre");
		assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
	}

}
