package org.cohesion.portal.media;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cohesion.portal.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Rédacteur uploads an image that passes the checks at upload but cannot be decoded:
 * the line of the upload first says it is being prepared, then, without a reload, that it
 * is refused and why, with a link to the item (retry or delete).
 */
class MediaStatusBrowserTests extends BrowserTest {

	static final String NAME = "photo-illisible-navigateur.png";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheUpload() {
		jdbc.update("delete from media_item where original_name = ?", NAME);
	}

	@Test
	void aRefusalFromTheBackgroundProcessingAppearsOnTheUploadLine() throws Exception {
		Path file = Files.createTempDirectory("upload").resolve(NAME);
		Files.write(file, TestImages.pngDeclaring(320, 240));
		browser.get(url("/connexion"));
		browser.findElement(By.id("email")).sendKeys("redacteur@demo.example");
		browser.findElement(By.id("password")).sendKeys("demo-redacteur-2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/admin"));

		browser.get(url("/admin/medias"));
		browser.findElement(By.id("files")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("form[data-upload] button[type=submit]")).click();

		WebElement line = browser.findElement(By.cssSelector("[data-progress] li"));
		waitUntil(() -> line.getText().contains("est refusé"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/medias");
		assertThat(line.getText()).contains(NAME).contains("n’a pas pu être décodée");
		assertThat(line.getAttribute("class")).contains("media-upload__refused");
		assertThat(line.findElement(By.cssSelector("[aria-live]")).getText()).contains("est refusé");
		assertThat(line.findElements(By.cssSelector("a[href^='/admin/medias/']"))).isNotEmpty();
	}

}
