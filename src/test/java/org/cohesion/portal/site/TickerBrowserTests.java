package org.cohesion.portal.site;

import java.util.List;
import java.util.Map;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flash Infos ticker as a reader on a slow phone sees it: compact before its script
 * arrives, the page does not move when the script starts it (Cumulative Layout Shift
 * measured by Chromium), one item at a time on a phone, a focus that does not push the
 * page, a pause that lasts from page to page, a label big enough to hit.
 */
class TickerBrowserTests extends BrowserTest {

	/** Chromium's "good" limit for Cumulative Layout Shift. */
	private static final double GOOD_CLS = 0.1;

	@BeforeEach
	void freshStart() {
		browser.get(url("/robots.txt"));
		js().executeScript("localStorage.clear()");
	}

	@AfterEach
	void desktopAgain() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
	}

	@Test
	void theScriptArrivingLateDoesNotMoveTheDesktopPage() {
		double shift = layoutShiftWhenTheScriptArrivesLate("/");
		assertThat(shift).as("Cumulative Layout Shift on a desktop").isLessThan(GOOD_CLS);
	}

	@Test
	void theScriptArrivingLateDoesNotMoveThePhonePage() {
		phone();
		double shift = layoutShiftWhenTheScriptArrivesLate("/");
		assertThat(shift).as("Cumulative Layout Shift at 360 px").isLessThan(GOOD_CLS);
	}

	@Test
	void withoutItsScriptTheTickerIsOneCompactLineThatKeepsEveryItem() {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*site*.js*")));
		browser.get(url("/"));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		assertThat(ticker.getAttribute("class")).doesNotContain("ticker--ready");
		assertThat(ticker.getRect().getHeight()).as("ticker height without JavaScript").isLessThan(60);
		// every item is still in the page (and in the accessibility tree), reachable by
		// scrolling the strip or with the Tab key
		assertThat(browser.findElements(By.cssSelector(".ticker__list .ticker__item"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(browser.findElement(By.cssSelector(".ticker__viewport")).getCssValue("overflow-x"))
			.isEqualTo("auto");
	}

	@Test
	void onAPhoneOneItemShowsAtATimeWithItsLabel() {
		phone();
		browser.get(url("/"));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--ready"));
		assertThat(ticker.getRect().getHeight()).as("ticker height at 360 px").isLessThan(160);
		@SuppressWarnings("unchecked")
		List<String> visible = (List<String>) js().executeScript("""
				const box = document.querySelector('.ticker__viewport').getBoundingClientRect();
				return [...document.querySelectorAll('.ticker__list .ticker__item')]
				  .filter(item => { const r = item.getBoundingClientRect();
				    return r.right > box.left + 1 && r.left < box.right - 1; })
				  .map(item => item.querySelector('.ticker__label').innerText);
				""");
		assertThat(visible).hasSize(1);
		assertThat(visible.get(0)).isNotBlank();
		WebElement first = browser.findElement(By.cssSelector(".ticker__list .ticker__item"));
		WebElement viewport = browser.findElement(By.cssSelector(".ticker__viewport"));
		assertThat(first.getRect().getWidth()).isEqualTo(viewport.getRect().getWidth());
	}

	@Test
	void focusEnteringTheTickerDoesNotPushThePageDown() {
		browser.get(url("/"));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--animated"));
		WebElement main = browser.findElement(By.id("contenu"));
		int before = main.getRect().getY();
		WebElement link = browser.findElements(By.cssSelector(".ticker__list:not(.ticker__list--copy) a")).get(1);
		tabUntilFocused(link, 80);
		assertThat(main.getRect().getY()).as("top of the main content once a ticker link has the focus")
			.isEqualTo(before);
		// the still list opens over the page: the focused link is shown whole, within the
		// strip's width
		waitUntil(() -> Boolean.TRUE.equals(js().executeScript("""
				const link = document.activeElement.getBoundingClientRect();
				const box = document.querySelector('.ticker__viewport').getBoundingClientRect();
				return link.left >= box.left - 1 && link.right <= box.right + 1;
				""")));
		assertThat(main.getRect().getY()).isEqualTo(before);
	}

	@Test
	void aPausedTickerStaysPausedOnTheNextPage() {
		browser.get(url("/"));
		WebElement toggle = browser.findElement(By.cssSelector(".ticker__toggle"));
		waitUntil(toggle::isDisplayed);
		toggle.click();
		assertThat(browser.findElement(By.cssSelector("[data-ticker]")).getAttribute("class"))
			.contains("ticker--paused");

		browser.get(url("/actualites"));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--ready"));
		assertThat(ticker.getAttribute("class")).contains("ticker--paused");
		assertThat(browser.findElement(By.cssSelector(".ticker__list")).getCssValue("animation-play-state"))
			.isEqualTo("paused");
		WebElement again = browser.findElement(By.cssSelector(".ticker__toggle"));
		assertThat(again.getText()).isEqualTo("Reprendre le défilement");

		again.click();
		browser.get(url("/flash-infos"));
		WebElement third = browser.findElement(By.cssSelector("[data-ticker]"));
		waitUntil(() -> third.getAttribute("class").contains("ticker--ready"));
		assertThat(third.getAttribute("class")).doesNotContain("ticker--paused");
	}

	@Test
	void theFlashInfosLabelIsATargetOfAtLeast24Pixels() {
		for (boolean small : List.of(false, true)) {
			if (small) {
				phone();
			}
			browser.get(url("/"));
			var label = browser.findElement(By.cssSelector(".ticker__title a")).getRect();
			assertThat(label.getWidth()).isGreaterThanOrEqualTo(24);
			assertThat(label.getHeight()).isGreaterThanOrEqualTo(24);
		}
	}

	/**
	 * Loads the page with site.js blocked (what a slow phone paints first), then lets the
	 * script in and sums every layout shift Chromium recorded since the navigation.
	 */
	private double layoutShiftWhenTheScriptArrivesLate(String path) {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*site*.js*")));
		browser.get(url(path));
		WebElement ticker = browser.findElement(By.cssSelector("[data-ticker]"));
		assertThat(ticker.getAttribute("class")).doesNotContain("ticker--ready");
		browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		js().executeScript("""
				const script = document.createElement('script');
				script.src = document.querySelector('script[src*="/js/site"]').src + '?late';
				document.head.appendChild(script);
				""");
		waitUntil(() -> ticker.getAttribute("class").contains("ticker--ready"));
		Number shift = (Number) js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				// two frames, so that the script's changes are laid out and reported
				requestAnimationFrame(() => requestAnimationFrame(() => {
				  let total = 0;
				  new PerformanceObserver(list => {
				    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
				  }).observe({ type: 'layout-shift', buffered: true });
				  setTimeout(() => done(total), 300);
				}));
				""");
		return shift.doubleValue();
	}

	private void phone() {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
	}

	private void tabUntilFocused(WebElement target, int maxPresses) {
		browser.findElement(By.tagName("body")).click();
		for (int i = 0; i < maxPresses; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			if (target.equals(browser.switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("The ticker link cannot be reached with the Tab key");
	}

	private JavascriptExecutor js() {
		return browser;
	}

}
