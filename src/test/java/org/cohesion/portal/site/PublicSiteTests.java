package org.cohesion.portal.site;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.shared.DemoContent;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages of the demo as a reader gets them over HTTP: footer, error pages,
 * galleries and their articles, contacts and the emergency line, English pages and feed,
 * sitemap, archives, images.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class PublicSiteTests {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void theFooterWritesTheYearAsAYearInBothLanguages() throws Exception {
		String year = String.valueOf(Year.now(ZoneId.of("Africa/Abidjan")).getValue());
		for (String path : List.of("/", "/en/")) {
			String html = page(path);
			assertThat(html).as(path).contains("© " + year + " ");
			assertThat(html).as(path).doesNotContain("© 2 0", "© 2\u00A00", "© 2\u202F0", "© 2,0");
		}
	}

	@Test
	void notFoundPagesCarryNeitherCanonicalNorLanguageAlternates() throws Exception {
		for (String path : List.of("/page-qui-n-existe-pas", "/en/no-such-page", "/actualites/inconnue")) {
			String html = mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path)
				.doesNotContain("rel=\"canonical\"", "rel=\"alternate\" hreflang=")
				.contains("noindex");
		}
		assertThat(page("/actualites")).contains("rel=\"canonical\"");
	}

	@Test
	void everyDemoGalleryNamedByAnArticleIsShownOnItAndLinksBackToIt() throws Exception {
		List<String> galleries = new ArrayList<>();
		for (JsonNode article : DemoContent.read().get("articles")) {
			if (article.hasNonNull("gallery")) {
				galleries.add(article.get("gallery").asString());
			}
		}
		assertThat(galleries).hasSizeGreaterThanOrEqualTo(4);
		for (String slug : galleries) {
			String gallery = page("/galeries/" + slug);
			String links = between(gallery, "class=\"gallery__articles\"", "</p>");
			Matcher href = HREF.matcher(links);
			assertThat(href.find()).as("the gallery %s links to its article", slug).isTrue();
			String article = page(href.group(1));
			assertThat(article).contains("Galerie associée").contains("href=\"/galeries/" + slug + "\"");
		}
	}

	@Test
	void galleryTitlesAndCaptionsGetFrenchTypography() throws Exception {
		String gallery = page("/galeries/caravane-cohesion-sociale-korhogo");
		assertThat(gallery).contains("Caravane de la cohésion sociale\u00A0: l’étape de Korhogo")
			.doesNotContain("Caravane de la cohésion sociale : l’étape");
		assertThat(page("/galeries/inondations-abidjan-kits-d-urgence"))
			.contains("Le site de distribution\u00A0: kits d’hygiène");
	}

	@Test
	void contactsPageCallsAndWritesWithOneTouchAndGivesTheEmergencyLine() throws Exception {
		String contacts = page("/contacts");
		assertThat(between(contacts, "<div class=\"prose\">", "</div>"))
			// the body writes the number with no-break spaces
			.containsPattern(
					"<a href=\"tel:\\+2252720000000\">\\+225[ \u00A0]27[ \u00A0]20[ \u00A0]00[ \u00A0]00[ \u00A0]00</a>")
			.contains("<a href=\"mailto:contact@solidarite.example\">contact@solidarite.example</a>");
		assertThat(between(contacts, "class=\"emergency\"", "</aside>")).contains("href=\"tel:+2252720000001\"");
		assertThat(page("/en/contacts")).contains("class=\"emergency\"").contains("Report a case of trafficking");
		// where else people look for help: every page's footer, the anti-trafficking
		// section and its articles
		assertThat(page("/")).contains("site-footer__emergency");
		String section = page("/rubriques/lutte-contre-la-traite");
		assertThat(section).contains("class=\"emergency\"");
		Matcher article = Pattern.compile("<h2 class=\"card__title\"><a href=\"([^\"]+)\"").matcher(section);
		assertThat(article.find()).isTrue();
		assertThat(page(article.group(1))).contains("class=\"emergency\"");
		assertThat(page("/rubriques/cooperation")).doesNotContain("class=\"emergency\"");
	}

	@Test
	void englishPagesMarkFrenchCardsAndNameSectionsInEnglish() throws Exception {
		String news = page("/en/actualites");
		assertThat(news).contains("<span class=\"language-marker\" lang=\"en\">In French</span>");
		assertThat(news).contains(">Solidarity</a>").doesNotContain(">Solidarité</a>");
		assertThat(page("/en/")).contains("Fight against trafficking in persons");
		assertThat(page("/en/rubriques/cooperation")).contains("<h1 class=\"page-title\">Cooperation</h1>");
		assertThat(page("/actualites")).doesNotContain("language-marker").contains(">Solidarité</a>");
	}

	@Test
	void englishPagesHaveAnEnglishFeed() throws Exception {
		String feed = mvc.perform(get("/en/actualites/rss.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(feed).contains("<language>en</language>").contains("/en/actualites/");
		assertThat(feed).doesNotContain("<language>fr</language>");
		assertThat(page("/en/actualites")).contains("/en/actualites/rss.xml");
		String atom = mvc.perform(get("/en/actualites/atom.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(atom).contains("xml:lang=\"en\"");
	}

	@Test
	void theSitemapListsTheGalleries() throws Exception {
		String sitemap = mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(sitemap).contains("/galeries</loc>").contains("/galeries/caravane-cohesion-sociale-korhogo</loc>");
	}

	@Test
	void aMonthOfTheArchiveLinksToTheMonthsBeforeAndAfter() throws Exception {
		String archives = page("/actualites/archives");
		Matcher months = Pattern.compile("href=\"(/actualites/archives/\\d{4}/\\d{2})\"").matcher(archives);
		List<String> found = new ArrayList<>();
		while (months.find()) {
			found.add(months.group(1));
		}
		assertThat(found).hasSizeGreaterThanOrEqualTo(3);
		// newest first: the second month has one after and one before
		String middle = page(found.get(1));
		assertThat(middle).contains("rel=\"prev\" href=\"" + found.get(2) + "\"")
			.contains("rel=\"next\" href=\"" + found.get(0) + "\"");
		assertThat(page(found.get(0))).doesNotContain("rel=\"next\"");
		assertThat(page("/en" + found.get(1))).contains("rel=\"prev\" href=\"/en" + found.get(2) + "\"");
	}

	@Test
	void coversComeInWebpWithAJpegFallbackOnHomeListsAndArticles() throws Exception {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(page("/")).contains("image/webp"));
		for (String path : List.of("/", "/actualites", "/rubriques/solidarite")) {
			String html = page(path);
			assertThat(html).as(path)
				.contains("<picture class=\"picture\"><source type=\"image/webp\" srcset=\"/media/");
			assertThat(html).as(path).containsPattern("srcset=\"/media/[0-9a-f]{24}-360\\.webp 360w");
		}
		Matcher article = Pattern.compile("<h3 class=\"card__title\"><a href=\"([^\"]+)\"").matcher(page("/"));
		assertThat(article.find()).isTrue();
		assertThat(page(article.group(1))).contains("<source type=\"image/webp\"");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		return text.substring(from, text.indexOf(end, from));
	}

}
