package org.cohesion.portal.news;

import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the editor holds back leaving while edits are unsaved; what is typed is
 * autosaved on the server and offered back (« Restaurer ») when the writer returns; a
 * workflow button saves the text typed with the action.
 */
class EditorGuardAndAutosaveBrowserTests extends BrowserTest {

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void unsavedEditsAreGuardedAutosavedAndRestorable() {
		signIn();
		String path = newArticle("Brouillon protégé par l’autosauvegarde");
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

		// nothing typed: leaving asks nothing
		assertThat(leavingIsHeldBack()).isFalse();

		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area[contenteditable=true]"));
		area.click();
		area.sendKeys(" Une phrase ajoutée mais pas encore enregistrée.");
		// the page now holds the unload back, which makes the browser ask before leaving
		assertThat(leavingIsHeldBack()).isTrue();

		// the autosave reaches the server a few seconds after the last keystroke
		waitUntil(
				() -> jdbc.queryForList("select body from news_article_autosave where article_id = ?", String.class, id)
					.stream()
					.anyMatch(body -> body.contains("pas encore enregistrée")));
		waitUntil(() -> !browser.findElements(By.cssSelector(".autosave-status")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".autosave-status")).getText())
			.startsWith("Brouillon enregistré automatiquement à");

		// the writer comes back to the article elsewhere (the first tab still holds the
		// unsaved text)
		browser.switchTo().newWindow(WindowType.TAB);
		browser.get(url(path));
		WebElement offer = browser.findElement(By.cssSelector("[data-autosave-offer]"));
		assertThat(offer.getText()).contains("Une version enregistrée automatiquement le", "est disponible");
		assertThat(browser.findElement(By.cssSelector(".rich-editor__area")).getText())
			.doesNotContain("pas encore enregistrée");
		offer.findElement(By.linkText("Restaurer")).click();
		waitUntil(() -> browser.findElement(By.cssSelector(".rich-editor__area"))
			.getText()
			.contains("pas encore enregistrée"));
		assertThat(leavingIsHeldBack()).isTrue(); // restored in the form, not saved yet

		// a workflow button saves the restored text with the action, without asking to
		// leave
		browser.findElement(By.cssSelector("button[formaction$='/soumettre']")).click();
		waitUntil(() -> browser.getPageSource().contains("notice--success"));
		var saved = articles.findById(id).orElseThrow();
		assertThat(saved.getBody()).contains("pas encore enregistrée");
		assertThat(saved.getStatus().name()).isEqualTo("SUBMITTED");
		assertThat(
				jdbc.queryForObject("select count(*) from news_article_autosave where article_id = ?", Long.class, id))
			.isZero();
	}

	/**
	 * What the browser asks the page when someone leaves it: true when the page cancels
	 * the unload (the browser then asks « Quitter la page ? »).
	 */
	private boolean leavingIsHeldBack() {
		return (Boolean) browser.executeScript("""
				var event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;
				""");
	}

	private void signIn() {
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("redacteur@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-redacteur-2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));
	}

	private String newArticle(String title) {
		browser.get(url("/admin/actualites/nouvelle"));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("standfirst")).sendKeys("Un chapô.");
		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area[contenteditable=true]"));
		area.click();
		area.sendKeys("Premier paragraphe.");
		new Select(browser.findElement(By.id("sectionId"))).selectByIndex(1);
		browser.findElement(By.cssSelector(".form--article button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/admin/actualites/\\d+$"));
		return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

}
