package org.cohesion.portal.news;

import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article editor in Debian's Chromium, under the back office's strict CSP: the
 * toolbar replaces the textarea, a paste from Word is cleaned, and what is saved is what
 * was edited.
 */
class ArticleEditorBrowserTests extends BrowserTest {

	static final String WORD_PASTE = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0}</style></head>"
			+ "<body><!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto'><span style='font-family:Calibri;mso-bidi-font-family:Arial'>"
			+ "Le <b>Ministère</b> <span style='color:red'>soutient</span> les familles.<o:p></o:p></span></p>"
			+ "<p class=MsoListParagraphCxSpFirst style='text-indent:-18pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>"
			+ "<span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;</span></span></span>Premier point</p>"
			+ "<h1 style='color:blue'>Un grand titre</h1><font face=Arial>Texte en police</font>"
			+ "<a href=\"javascript:alert(1)\" onclick=\"x()\">lien piégé</a> <a href=\"https://www.gouv.ci\" class=x>lien sûr</a>"
			+ "<img src=x onerror=alert(2)><script>alert(3)</script><!--EndFragment--></body></html>";

	@Autowired
	ArticleRepository articles;

	@Test
	void writerPastesFromWordFormatsWithTheToolbarAndSaves() {
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("redacteur@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-redacteur-2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));

		browser.get(url("/admin/actualites/nouvelle"));
		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area[contenteditable=true]"));
		assertThat(browser.findElement(By.id("body")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector(".rich-editor__toolbar button"))).extracting(WebElement::getText)
			.containsExactly("Intertitre", "Sous-intertitre", "Gras", "Italique", "Liste à puces", "Liste numérotée",
					"Citation", "Lien", "Retirer le lien", "Annuler", "Rétablir");

		area.click();
		js().executeScript(
				"""
						var area = arguments[0];
						var range = document.createRange();
						range.selectNodeContents(area);
						range.collapse(false);
						getSelection().removeAllRanges();
						getSelection().addRange(range);
						var data = new DataTransfer();
						data.setData('text/html', arguments[1]);
						data.setData('text/plain', 'texte brut');
						area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						""",
				area, WORD_PASTE);
		String pasted = area.getAttribute("innerHTML");
		assertThat(pasted)
			.contains("<strong>Ministère</strong>", "soutient les familles.", "<p>Premier point</p>",
					"<h2>Un grand titre</h2>", "Texte en police", "<a href=\"https://www.gouv.ci\">lien sûr</a>",
					"lien piégé")
			.doesNotContain("style", "class", "mso", "Mso", "<span", "<font", "<o:p", "·", "javascript:", "onclick",
					"onerror", "<img", "script", "<h1");

		js().executeScript("""
				var heading = arguments[0].querySelector('h2');
				var range = document.createRange();
				range.selectNodeContents(heading);
				getSelection().removeAllRanges();
				getSelection().addRange(range);
				document.dispatchEvent(new Event('selectionchange'));
				""", area);
		WebElement h2Button = browser.findElement(By.cssSelector(".rich-editor__button--h2"));
		waitUntil(() -> "true".equals(h2Button.getAttribute("aria-pressed")));

		browser.findElement(By.id("title")).sendKeys("Collé depuis Word");
		browser.findElement(By.id("standfirst")).sendKeys("Un chapô.");
		new Select(browser.findElement(By.id("sectionId"))).selectByIndex(1);
		browser.findElement(By.cssSelector(".form--article button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/admin/actualites/\\d+$"));

		String body = articles.findAll()
			.stream()
			.filter(a -> a.getTitle().equals("Collé depuis Word"))
			.findFirst()
			.orElseThrow()
			.getBody();
		assertThat(body).contains("<strong>Ministère</strong>", "<h2>Un grand titre</h2>", "<p>Premier point</p>")
			.doesNotContain("style", "class=", "javascript:", "<script");
		assertThat(browser.findElement(By.cssSelector(".rich-editor__area")).getAttribute("innerHTML"))
			.contains("<h2>Un grand titre</h2>");
	}

	private JavascriptExecutor js() {
		return browser;
	}

}
