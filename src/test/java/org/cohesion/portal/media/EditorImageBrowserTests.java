package org.cohesion.portal.media;

import java.util.List;

import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer inserts a library image in an article's body through the visual picker
 * (thumbnails, nothing chosen in advance), with a caption and an alignment; it is saved
 * with its text alternative and comes back in the editor when the article is reopened.
 * The same picker chooses the cover.
 */
class EditorImageBrowserTests extends BrowserTest {

	@Autowired
	ArticleRepository articles;

	@Test
	void writerInsertsALibraryImageInTheBodyWithACaptionAndAnAlignment() {
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("redacteur@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-redacteur-2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));

		browser.get(url("/admin/actualites/nouvelle"));
		assertThat(browser.findElements(By.cssSelector("select#coverMediaId, #body-image"))).isEmpty();
		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area"));
		area.click();
		browser.findElement(By.cssSelector("[data-picker-open=image][data-picker-target=body]")).click();
		WebElement dialog = browser.findElement(By.id("media-picker"));
		waitUntil(() -> !dialog.findElements(By.cssSelector(".picker__choice img")).isEmpty());
		List<WebElement> choices = dialog.findElements(By.cssSelector("[data-picker-choice]"));
		assertThat(choices).allSatisfy(choice -> assertThat(choice.getAttribute("aria-pressed")).isEqualTo("false"));
		WebElement confirm = dialog.findElement(By.cssSelector("[data-picker-confirm]"));
		assertThat(confirm.isEnabled()).isFalse();
		WebElement thumbnail = choices.get(0).findElement(By.tagName("img"));
		waitUntil(() -> ((Number) browser.executeScript("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
		String alt = choices.get(0).getAttribute("data-label");

		choices.get(0).click();
		assertThat(confirm.isEnabled()).isTrue();
		WebElement caption = dialog.findElement(By.id("picker-caption"));
		caption.clear();
		caption.sendKeys("Remise des kits à Daloa");
		dialog.findElement(By.cssSelector("input[name=picker-align][value=right]")).click();
		confirm.click();
		waitUntil(() -> !dialog.isDisplayed());

		assertThat(area.getAttribute("innerHTML")).containsPattern(
				"<figure class=\"figure--right\"><img src=\"/media/[0-9a-f]{24}-720\\.jpg\"[^>]*><figcaption>Remise des kits à Daloa</figcaption></figure>");

		// the cover, from the same picker
		browser.findElement(By.cssSelector("[data-picker-open=image][data-picker-target=cover]")).click();
		waitUntil(() -> !dialog.findElements(By.cssSelector("[data-picker-choice]")).isEmpty() && dialog.isDisplayed());
		WebElement coverChoice = dialog.findElements(By.cssSelector("[data-picker-choice]")).get(0);
		String coverId = coverChoice.getAttribute("data-id");
		coverChoice.click();
		dialog.findElement(By.cssSelector("[data-picker-confirm]")).click();
		waitUntil(() -> coverId.equals(browser.findElement(By.id("coverMediaId")).getAttribute("value")));

		browser.findElement(By.id("title")).sendKeys("Une image de la médiathèque");
		browser.findElement(By.id("standfirst")).sendKeys("Un chapô.");
		new Select(browser.findElement(By.id("sectionId"))).selectByIndex(1);
		browser.findElement(By.cssSelector(".form--article button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/admin/actualites/\\d+$"));

		var saved = articles.findAll()
			.stream()
			.filter(a -> a.getTitle().equals("Une image de la médiathèque"))
			.findFirst()
			.orElseThrow();
		assertThat(saved.getBody()).containsPattern(
				"<figure class=\"figure--right\"><img src=\"/media/[0-9a-f]{24}-720\\.jpg\" alt=\"[^\"]+\"[^>]*/?><figcaption>Remise des kits à Daloa</figcaption></figure>");
		assertThat(saved.getBody()).contains(alt.substring(0, 20));
		assertThat(saved.getCoverMediaId()).isEqualTo(Long.valueOf(coverId));
		assertThat(browser.findElement(By.cssSelector(".rich-editor__area")).getAttribute("innerHTML"))
			.contains("<figure class=\"figure--right\">");
	}

}
