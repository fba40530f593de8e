package org.cohesion.portal.media;

import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer inserts a library image in an article's body from the editor; it is saved with
 * its text alternative and comes back in the editor when the article is reopened.
 */
class EditorImageBrowserTests extends BrowserTest {

	@Autowired
	ArticleRepository articles;

	@Test
	void writerInsertsALibraryImageInTheBody() {
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("redacteur@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-redacteur-2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));

		browser.get(url("/admin/actualites/nouvelle"));
		WebElement picker = browser.findElement(By.cssSelector("[data-media-insert=body]"));
		assertThat(picker.isDisplayed()).isTrue();
		Select images = new Select(picker.findElement(By.tagName("select")));
		images.selectByIndex(1);
		String alt = images.getFirstSelectedOption().getAttribute("data-alt");
		picker.findElement(By.tagName("button")).click();

		WebElement area = browser.findElement(By.cssSelector(".rich-editor__area"));
		assertThat(area.getAttribute("innerHTML"))
			.containsPattern("<figure><img src=\"/media/[0-9a-f]{24}-720\\.jpg\"");
		browser.findElement(By.id("title")).sendKeys("Une image de la médiathèque");
		browser.findElement(By.id("standfirst")).sendKeys("Un chapô.");
		new Select(browser.findElement(By.id("sectionId"))).selectByIndex(1);
		browser.findElement(By.cssSelector(".form--article button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().matches(".*/admin/actualites/\\d+$"));

		String body = articles.findAll()
			.stream()
			.filter(a -> a.getTitle().equals("Une image de la médiathèque"))
			.findFirst()
			.orElseThrow()
			.getBody();
		assertThat(body).containsPattern("<img src=\"/media/[0-9a-f]{24}-720\\.jpg\" alt=\"[^\"]+\"");
		assertThat(body).contains(alt.substring(0, 20));
		assertThat(browser.findElement(By.cssSelector(".rich-editor__area")).getAttribute("innerHTML"))
			.containsPattern("<img src=\"/media/[0-9a-f]{24}-720\\.jpg\"");
	}

}
