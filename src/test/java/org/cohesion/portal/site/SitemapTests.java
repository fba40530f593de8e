package org.cohesion.portal.site;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitemapTests {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		Section solidarity = fixtures.section("Solidarité");
		fixtures.article("Distribution de kits à Bouaké")
			.in(solidarity)
			.image("/demo/arbre-de-vie.jpg")
			.publishedAgo(Duration.ofHours(3))
			.save();
		fixtures.article("Bilan de l’année écoulée").in(solidarity).publishedAgo(Duration.ofDays(10)).save();
		fixtures.article("Brouillon en cours").in(solidarity).draft().save();
		fixtures.article("Annonce programmée").in(solidarity).scheduledIn(Duration.ofDays(1)).save();
		fixtures.page("le-ministere", "Le Ministère", "<p>Missions.</p>", 0);
	}

	@Test
	void sitemapListsPublicPagesAndIsValidAgainstTheSitemapSchema() throws Exception {
		byte[] body = mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new Source[] { xsd("xsd/sitemap-image.xsd"), xsd("xsd/sitemap-xhtml-link.xsd"),
					xsd("xsd/sitemap.xsd") });
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));

		String xml = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml)
			.contains("<loc>https://portail.example/</loc>", "<loc>https://portail.example/actualites</loc>",
					"<loc>https://portail.example/flash-infos</loc>",
					"<loc>https://portail.example/rubriques/solidarite</loc>",
					"<loc>https://portail.example/le-ministere</loc>",
					"<loc>https://portail.example/actualites/bilan-de-l-annee-ecoulee</loc>",
					"<image:loc>https://portail.example/demo/arbre-de-vie.jpg</image:loc>")
			.doesNotContain("brouillon-en-cours", "annonce-programmee");
		Document document = parse(body);
		var kits = document.getElementsByTagNameNS(SITEMAP_NS, "url");
		// home, news, flash archive, the gallery list and the section in French and
		// English
		// (i18n), the page and two articles in French only (no gallery here: none has a
		// photo)
		assertThat(kits.getLength()).isEqualTo(13);
		assertThat(xml).contains("<loc>https://portail.example/galeries</loc>");
		assertThat(document.getElementsByTagNameNS(SITEMAP_NS, "lastmod").getLength()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void newsSitemapHoldsTheLastTwoDaysWithThePublication() throws Exception {
		byte[] body = mvc.perform(get("/sitemap-news.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Document document = parse(body);
		String news = "http://www.google.com/schemas/sitemap-news/0.9";
		assertThat(document.getElementsByTagNameNS(SITEMAP_NS, "loc").getLength()).isEqualTo(1);
		assertThat(document.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent())
			.isEqualTo("https://portail.example/actualites/distribution-de-kits-a-bouake");
		assertThat(document.getElementsByTagNameNS(news, "name").item(0).getTextContent())
			.isEqualTo("Ministère de la Solidarité et de la Cohésion sociale");
		assertThat(document.getElementsByTagNameNS(news, "language").item(0).getTextContent()).isEqualTo("fr");
		assertThat(document.getElementsByTagNameNS(news, "title").item(0).getTextContent())
			.isEqualTo("Distribution de kits à Bouaké");
		assertThat(document.getElementsByTagNameNS(news, "publication_date").getLength()).isEqualTo(1);
	}

	@Test
	void robotsAllowsAllButTheBackOfficeAndPointsToTheSitemaps() throws Exception {
		mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("User-agent: *\nAllow: /\n")))
			.andExpect(content().string(containsString("Disallow: /admin\n")))
			.andExpect(content().string(containsString("Disallow: /connexion\n")))
			.andExpect(content().string(containsString("Sitemap: https://portail.example/sitemap.xml\n")))
			.andExpect(content().string(containsString("Sitemap: https://portail.example/sitemap-news.xml\n")))
			.andExpect(content().string(not(containsString("Disallow: /\n"))));
	}

	private static Source xsd(String path) throws Exception {
		var resource = new ClassPathResource(path);
		return new StreamSource(resource.getInputStream(), resource.getURL().toString());
	}

	private static Document parse(byte[] body) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

}
