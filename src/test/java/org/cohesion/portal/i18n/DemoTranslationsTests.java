package org.cohesion.portal.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.site.domain.PageTranslation;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The English demo: some content translated, some not, so /en/ shows both cases. */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class DemoTranslationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleTranslationRepository articleTranslations;

	@Autowired
	PageTranslationRepository pageTranslations;

	@Test
	void englishHomeShowsTranslatedArticlesAndFlashInfosBesideFrenchOnes() throws Exception {
		String html = mvc.perform(get("/en/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"en\">")
			.contains("Floods in Abidjan: 1,200 affected households receive emergency kits from the Ministry")
			.contains("<article class=\"card\" lang=\"fr\">")
			.contains("Heavy rain: the regional directorates remain on hand")
			.contains("<a href=\"/en/the-ministry\">The Ministry</a>");
	}

	@Test
	@Transactional(readOnly = true)
	void everyDemoTranslationRendersIsCurrentAndItsLinksLeadSomewhere() throws Exception {
		assertThat(articleTranslations.findAll()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(pageTranslations.findAll()).hasSizeGreaterThanOrEqualTo(4);
		Pattern link = Pattern.compile("href=\"(/en/[^\"]*)\"");
		for (ArticleTranslation translation : articleTranslations.findAll()) {
			assertThat(translation.isOutdated()).isFalse();
			assertThat(RichText.sanitize(translation.getBody())).isEqualTo(translation.getBody());
			mvc.perform(get("/en/actualites/" + translation.getSlug())).andExpect(status().isOk());
			Matcher found = link.matcher(translation.getBody());
			while (found.find()) {
				mvc.perform(get(found.group(1))).andExpect(status().isOk());
			}
		}
		for (PageTranslation translation : pageTranslations.findAll()) {
			assertThat(RichText.sanitize(translation.getBody())).isEqualTo(translation.getBody());
			mvc.perform(get("/en/" + translation.getSlug())).andExpect(status().isOk());
			Matcher found = link.matcher(translation.getBody());
			while (found.find()) {
				mvc.perform(get(found.group(1))).andExpect(status().isOk());
			}
		}
		// the legal notice stays in French, said to be so
		mvc.perform(get("/en/mentions-legales")).andExpect(status().isOk());
	}

}
