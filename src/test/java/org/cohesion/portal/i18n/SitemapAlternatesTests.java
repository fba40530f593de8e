package org.cohesion.portal.i18n;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * sitemap.xml names every language version of a translated page, and no fallback page.
 */
@IntegrationTest
class SitemapAlternatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleTranslationRepository articleTranslations;

	@Autowired
	PageRepository pages;

	@Autowired
	PageTranslationRepository pageTranslations;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		Article article = fixtures.article("Journée de la solidarité").save();
		fixtures.article("Réunion à Odienné").save();
		Page page = fixtures.page("le-ministere", "Le Ministère", "<p>Le Ministère.</p>", 0);
		fixtures.page("contacts", "Contacts", "<p>Écrivez-nous.</p>", 1);
		transactions.executeWithoutResult(status -> {
			Article managed = articles.findById(article.getId()).orElseThrow();
			managed.translate("en", "Solidarity day", "A standfirst.", "<p>A body.</p>", null, null,
					slug -> articleTranslations.existsByLanguageAndSlug("en", slug), "Test", fixtures.clock());
			Page managedPage = pages.findById(page.getId()).orElseThrow();
			managedPage.translate("en", "The Ministry", "Who we are.", "<p>The Ministry.</p>",
					slug -> pageTranslations.existsByLanguageAndSlug("en", slug), "Test", fixtures.clock());
		});
	}

	@Test
	void translatedContentIsListedInEachLanguageWithItsAlternatesAndTheSitemapStaysValid() throws Exception {
		byte[] body = mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new Source[] { xsd("xsd/sitemap-image.xsd"), xsd("xsd/sitemap-xhtml-link.xsd"),
					xsd("xsd/sitemap.xsd") });
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));

		String xml = new String(body, StandardCharsets.UTF_8);
		assertThat(xml).contains("<loc>https://portail.example/en/actualites/solidarity-day</loc>",
				"<loc>https://portail.example/actualites/journee-de-la-solidarite</loc>",
				"<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://portail.example/en/actualites/solidarity-day\"/>",
				"<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://portail.example/actualites/journee-de-la-solidarite\"/>",
				"<loc>https://portail.example/en/the-ministry</loc>",
				"<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://portail.example/le-ministere\"/>",
				"<loc>https://portail.example/en/actualites</loc>");
		// untranslated content has no English address of its own: its English page is a
		// fallback whose canonical is the French one
		assertThat(xml).doesNotContain("/en/actualites/reunion-a-odienne", "/en/contacts");
	}

	private static Source xsd(String path) throws Exception {
		var resource = new ClassPathResource(path);
		return new StreamSource(resource.getInputStream(), resource.getURL().toString());
	}

}
