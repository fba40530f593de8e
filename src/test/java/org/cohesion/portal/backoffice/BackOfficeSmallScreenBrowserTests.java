package org.cohesion.portal.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office measured in Chromium: on a 360-px phone the menu folds behind one
 * button and no page scrolls sideways (tables become one card per row); every control is
 * at least 24 × 24 px (WCAG 2.2 target size); on a desktop the editor's « Rubrique »
 * select keeps a normal height; the demo articles name their writer.
 */
class BackOfficeSmallScreenBrowserTests extends BrowserTest {

	/** Pages reached by no menu entry (forms to create). */
	static final List<String> MORE_PAGES = List.of("/admin/actualites/nouvelle", "/admin/flash-infos/nouveau",
			"/admin/galeries/nouvelle", "/admin/rubriques/nouvelle", "/admin/pages/nouvelle");

	/** A short description of an element, to say which one failed. */
	static final String DESCRIBE = """
			function describe(e) {
			  var s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
			  if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\\s+/).join('.');
			  if (e.getAttribute('type')) s += '[type=' + e.getAttribute('type') + ']';
			  var text = (e.innerText || e.value || '').trim().slice(0, 30);
			  return text ? s + ' «' + text + '»' : s;
			}
			""";

	/**
	 * Every control a person can click or type into that is smaller than 24 × 24 px (WCAG
	 * 2.2, 2.5.8), except links inside a sentence (the criterion's "inline" exception).
	 */
	static final String SMALL_TARGETS = """
			function inSentence(e) {
			  if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
			  var block = e.parentElement;
			  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
			  return !!block && (block.innerText || '').trim().length > (e.innerText || '').trim().length + 3;
			}
			var small = [];
			document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary,'
			    + ' [role=button], [tabindex]:not([tabindex="-1"])').forEach(function (e) {
			  var style = getComputedStyle(e);
			  var box = e.getBoundingClientRect();
			  if (style.visibility === 'hidden' || box.width === 0 && box.height === 0) return;
			  if (e.closest('.visually-hidden') || e.classList.contains('skip-link')) return;
			  if ((box.width < 24 || box.height < 24) && !inSentence(e)) small.push(describe(e) + ' '
			      + Math.round(box.width) + '×' + Math.round(box.height));
			});
			return small;
			""" + DESCRIBE;

	/** The elements that reach past the viewport's right edge (to say what overflows). */
	static final String OVERFLOWING = """
			var width = document.documentElement.clientWidth;
			var wide = [];
			document.querySelectorAll('body *').forEach(function (e) {
			  var box = e.getBoundingClientRect();
			  if (box.right > width + 0.5 && box.width > 0) wide.push(describe(e) + ' → ' + Math.round(box.right));
			});
			return wide.slice(0, 10);
			""" + DESCRIBE;

	@Test
	void onA360PixelPhoneTheMenuFoldsAndNoPageScrollsSideways() {
		signInAsAdministrator();
		List<String> pages = backOfficePages();
		browser.manage().window().setSize(new Dimension(360, 800));
		try {
			browser.get(url("/admin"));
			long viewport = number("return document.documentElement.clientWidth");
			assertThat(viewport).isBetween(340L, 360L);
			WebElement nav = browser.findElement(By.cssSelector(".admin-nav"));
			WebElement toggle = nav.findElement(By.cssSelector(".admin-nav__toggle"));
			long folded = nav.getSize().getHeight();
			System.out.println("[measure] admin menu at 360 px: folded " + folded + " px");
			assertThat(folded).isLessThan(60);
			assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
			toggle.click();
			assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(nav.findElement(By.linkText("Galeries")).isDisplayed()).isTrue();
			System.out.println("[measure] admin menu at 360 px: open " + nav.getSize().getHeight() + " px");

			SoftAssertions sideways = new SoftAssertions();
			for (String page : pages) {
				browser.get(url(page));
				long width = number("return document.documentElement.scrollWidth");
				// a short page has no vertical scroll bar: its viewport is wider
				long visible = number("return document.documentElement.clientWidth");
				System.out.println("[measure] " + page + " at 360 px: scrollWidth " + width + " px of " + visible);
				if (width > visible) {
					sideways.fail("%s is %d px wide on a %d px screen; past the edge: %s", page, width, visible,
							browser.executeScript(OVERFLOWING));
				}
			}
			sideways.assertAll();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void everyControlOfTheBackOfficeIsAtLeast24PixelsSquare() {
		signInAsAdministrator();
		SoftAssertions targets = new SoftAssertions();
		for (String page : backOfficePages()) {
			browser.get(url(page));
			@SuppressWarnings("unchecked")
			List<String> small = (List<String>) browser.executeScript(SMALL_TARGETS);
			System.out.println("[measure] " + page + ": " + small.size() + " control(s) under 24 × 24 px " + small);
			targets.assertThat(small).as(page).isEmpty();
		}
		targets.assertAll();
	}

	/**
	 * The pages of the back office an administrator reaches: every menu entry, the first
	 * item each list links to, and the forms to create.
	 */
	private List<String> backOfficePages() {
		browser.get(url("/admin"));
		Set<String> pages = new LinkedHashSet<>();
		for (WebElement link : browser.findElements(By.cssSelector(".admin-nav a[href^='/admin']"))) {
			pages.add(path(link.getAttribute("href")));
		}
		for (String list : List.copyOf(pages)) {
			if ("/admin".equals(list)) {
				continue;
			}
			browser.get(url(list));
			browser.findElements(By.cssSelector(".admin-main a[href^='" + list + "/']"))
				.stream()
				.map(link -> path(link.getAttribute("href")))
				.filter(path -> path.matches(".*/\\d+$"))
				.findFirst()
				.ifPresent(pages::add);
		}
		pages.addAll(MORE_PAGES);
		return List.copyOf(pages);
	}

	private String path(String href) {
		return href.replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void theArticleListShowsPublicationDatesThumbnailsAndTheDemoWriter() {
		signInAsAdministrator();
		browser.get(url("/admin/actualites"));
		WebElement firstRow = browser.findElement(By.cssSelector("table tbody tr"));
		assertThat(firstRow.getText()).containsPattern("\\d{1,2}(er)? \\p{L}+ \\d{4} à \\d{1,2} h \\d{2}");
		assertThat(browser.findElements(By.cssSelector("td.cell--thumb img"))).isNotEmpty();
		assertThat(browser.getPageSource()).contains("Awa Koné (démo)");

		browser.get(url("/admin/actualites/nouvelle"));
		long select = browser.findElement(By.id("sectionId")).getSize().getHeight();
		System.out.println("[measure] « Rubrique » select height: " + select + " px");
		assertThat(select).isLessThan(50);

		browser.get(url("/admin/galeries"));
		assertThat(browser.findElement(By.cssSelector("table tbody")).getText())
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.containsPattern("\\d{1,2}(er)? \\p{L}+ \\d{4}");
	}

	@Test
	void galleryPhotosAreReorderedByDragAndDrop() {
		signInAsAdministrator();
		browser.get(url("/admin/galeries"));
		// the training gallery: not the one whose lightbox another browser test walks
		// through
		String gallery = browser.findElement(By.partialLinkText("Formation des travailleurs sociaux"))
			.getAttribute("href");
		browser.get(gallery);
		assertThat(browser.findElement(By.cssSelector("[data-sortable]")).isDisplayed()).isTrue();
		List<String> before = slotNames();
		assertThat(before).hasSizeGreaterThanOrEqualTo(3);
		assertThat(browser.findElements(By.cssSelector(".gallery-slots button[value^='down:']"))).isNotEmpty();

		browser.executeScript("""
				var items = document.querySelectorAll('[data-sortable-index]');
				var data = new DataTransfer();
				function fire(type, target) {
				  target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
				}
				fire('dragstart', items[0]);
				fire('dragover', items[2]);
				fire('drop', items[2]);
				""");
		waitUntil(() -> browser.getPageSource().contains("notice--success"));
		assertThat(slotNames()).startsWith(before.get(1), before.get(2), before.get(0));
	}

	/**
	 * The file name of each photo, in the gallery's order (from its caption field's
	 * label).
	 */
	private List<String> slotNames() {
		return browser.findElements(By.cssSelector("[data-sortable-index] label"))
			.stream()
			.map(label -> label.getText().replaceFirst("^.*\\((.*)\\)$", "$1"))
			.toList();
	}

	private boolean signedIn;

	/** Once per class: a second factor code is accepted only once. */
	private void signInAsAdministrator() {
		if (signedIn) {
			return;
		}
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("admin@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-admin-2026");
		browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/connexion/code"));
		long step = Totp.step(Instant.now());
		browser.findElement(By.id("code")).sendKeys(Totp.code(DemoAccounts.DEMO_TOTP_SECRET, step));
		browser.findElement(By.cssSelector("form[action='/connexion/code'] button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin") || browser.getPageSource().contains("field__error")
				|| browser.getPageSource().contains("notice--error"));
		if (!browser.getCurrentUrl().endsWith("/admin")) {
			// another browser class used this code a moment ago (a code is accepted
			// once): the next one
			Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> Totp.step(Instant.now()) != step);
			browser.findElement(By.id("code")).clear();
			browser.findElement(By.id("code"))
				.sendKeys(Totp.code(DemoAccounts.DEMO_TOTP_SECRET, Totp.step(Instant.now())));
			browser.findElement(By.cssSelector("form[action='/connexion/code'] button[type=submit]")).click();
			waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));
		}
		signedIn = true;
	}

	private long number(String script) {
		return ((Number) browser.executeScript(script)).longValue();
	}

}
