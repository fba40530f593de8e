package org.cohesion.portal.i18n;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public site in English: prefixed routes, translations, fallback to French. */
@IntegrationTest
class ArticleTranslationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleTranslationRepository translations;

	@Autowired
	TransactionTemplate transactions;

	Section solidarity;

	Article translated;

	Article untranslated;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
		translated = fixtures.article("Journée mondiale de la lutte contre la traite")
			.in(solidarity)
			.standfirst("Le Ministère mobilise ses partenaires à Bouaké.")
			.publishedAt(LocalDate.of(2024, 2, 2).atTime(10, 0).atZone(ZoneId.of("Africa/Abidjan")).toInstant())
			.save();
		untranslated = fixtures.article("Distribution de kits scolaires à Korhogo")
			.in(solidarity)
			.publishedAgo(Duration.ofHours(2))
			.save();
		translate(translated, "World Day against Trafficking in Persons",
				"The Ministry rallies its partners in Bouaké.",
				"<p>An <strong>important</strong> text.</p>" + "<script>alert('x')</script>");
	}

	void translate(Article article, String title, String standfirst, String body) {
		transactions.executeWithoutResult(status -> {
			Article managed = articles.findById(article.getId()).orElseThrow();
			managed.translate("en", title, standfirst, body, null, null,
					slug -> translations.existsByLanguageAndSlug("en", slug), "Test", fixtures.clock());
		});
	}

	@Test
	void translatedArticleIsServedUnderTheEnglishPrefixWithItsOwnSlugAndEnglishChrome() throws Exception {
		String html = mvc.perform(get("/en/actualites/world-day-against-trafficking-in-persons"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<html lang=\"en\">")
			.contains("<h1 class=\"article__title\">World Day against Trafficking in Persons</h1>")
			.contains("<article class=\"article\" lang=\"en\">")
			.contains("<strong>important</strong>")
			.doesNotContain("alert(")
			.contains("<time datetime=\"2024-02-02\">2 February 2024</time>")
			.contains("href=\"/en/actualites\">News</a>")
			.contains("href=\"/en/rubriques/solidarite\"")
			.contains(
					"<link rel=\"canonical\" href=\"https://portail.example/en/actualites/world-day-against-trafficking-in-persons\">")
			.doesNotContain("not yet available")
			// Open Graph and JSON-LD name the English page, in English
			.contains(
					"<meta property=\"og:url\" content=\"https://portail.example/en/actualites/world-day-against-trafficking-in-persons\">")
			.contains("<meta property=\"og:locale\" content=\"en_GB\">")
			.contains("\"@id\":\"https://portail.example/en/actualites/world-day-against-trafficking-in-persons\"")
			.contains("\"inLanguage\":\"en\"")
			.contains("\"item\":\"https://portail.example/en/actualites\"");
	}

	@Test
	void translatedArticleAnnouncesItsAlternatesBothWays() throws Exception {
		String french = "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://portail.example/actualites/journee-mondiale-de-la-lutte-contre-la-traite\">";
		String english = "<link rel=\"alternate\" hreflang=\"en\" href=\"https://portail.example/en/actualites/world-day-against-trafficking-in-persons\">";
		String fallback = "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://portail.example/actualites/journee-mondiale-de-la-lutte-contre-la-traite\">";
		for (String path : new String[] { "/actualites/journee-mondiale-de-la-lutte-contre-la-traite",
				"/en/actualites/world-day-against-trafficking-in-persons" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(french)))
				.andExpect(content().string(containsString(english)))
				.andExpect(content().string(containsString(fallback)));
		}
		// the language switch of the French page leads to the English translation
		mvc.perform(get("/actualites/journee-mondiale-de-la-lutte-contre-la-traite"))
			.andExpect(content().string(containsString(
					"<a href=\"/en/actualites/world-day-against-trafficking-in-persons\" hreflang=\"en\" lang=\"en\">English</a>")));
	}

	@Test
	void frenchSlugUnderTheEnglishPrefixRedirectsToTheTranslation() throws Exception {
		mvc.perform(get("/en/actualites/journee-mondiale-de-la-lutte-contre-la-traite"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/en/actualites/world-day-against-trafficking-in-persons"));
	}

	@Test
	void untranslatedArticleFallsBackToFrenchSaysSoAndPointsCanonicalToTheFrenchPage() throws Exception {
		String html = mvc.perform(get("/en/actualites/distribution-de-kits-scolaires-a-korhogo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<html lang=\"en\">")
			.contains("This article is not yet available in English. Here is the original version, in French.")
			.contains("<article class=\"article\" lang=\"fr\">")
			.contains("Distribution de kits scolaires à Korhogo")
			.contains(
					"<link rel=\"canonical\" href=\"https://portail.example/actualites/distribution-de-kits-scolaires-a-korhogo\">")
			// no English alternate is announced for a page that has no English text
			.doesNotContain("hreflang=\"en\" href=")
			.contains("href=\"/en/actualites\">News</a>");
		// and the French page does not announce an English alternate either
		mvc.perform(get("/actualites/distribution-de-kits-scolaires-a-korhogo"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hreflang=\"en\" href="))))
			.andExpect(content().string(not(containsString("not yet available"))));
	}

	@Test
	void englishListsShowTranslationsAndMarkFrenchCards() throws Exception {
		for (String path : new String[] { "/en/actualites", "/en/rubriques/solidarite", "/en/" }) {
			String html = mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path)
				.contains("<html lang=\"en\">")
				.contains("href=\"/en/actualites/world-day-against-trafficking-in-persons\"")
				.contains("World Day against Trafficking in Persons")
				.contains("href=\"/en/actualites/distribution-de-kits-scolaires-a-korhogo\"")
				.doesNotContain("Journée mondiale de la lutte contre la traite<");
		}
		mvc.perform(get("/en/actualites"))
			.andExpect(content().string(containsString("<article class=\"card\" lang=\"fr\">")))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" hreflang=\"en\" href=\"https://portail.example/en/actualites\">")))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" hreflang=\"fr\" href=\"https://portail.example/actualites\">")));
	}

	@Test
	void englishArchiveAndPrefixRedirect() throws Exception {
		mvc.perform(get("/en/actualites/archives/2024/02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("February 2024")))
			.andExpect(content().string(containsString("World Day against Trafficking in Persons")));
		mvc.perform(get("/en")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/en/"));
		mvc.perform(get("/en/actualites/nothing-here")).andExpect(status().isNotFound());
	}

	@Test
	void frenchPagesKeepTheirAddressesAndLanguage() throws Exception {
		mvc.perform(get("/actualites"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content()
				.string(containsString("href=\"/actualites/journee-mondiale-de-la-lutte-contre-la-traite\"")))
			.andExpect(content()
				.string(containsString("<a href=\"/en/actualites\" hreflang=\"en\" lang=\"en\">English</a>")))
			.andExpect(header().doesNotExist("Vary"));
	}

	@Test
	void englishPagesAreCachedUnderTheirOwnAddressWithoutVaryingOnTheBrowserLanguage() throws Exception {
		mvc.perform(get("/en/actualites").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/actualites").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void articleWrittenInEnglishAndTranslatedIntoFrenchIsServedInBoth() throws Exception {
		Article english = fixtures.article("Partners meeting in Abidjan").in(solidarity).save();
		transactions.executeWithoutResult(status -> {
			Article managed = articles.findById(english.getId()).orElseThrow();
			managed.revise(managed.getTitle(), managed.getStandfirst(), managed.getBody(), managed.getSection(), "en",
					null, null, false, slug -> false, fixtures.clock());
			managed.translate("fr", "Réunion des partenaires à Abidjan", "Un chapô.", "<p>Le corps.</p>", null, null,
					slug -> articles.existsBySlug(slug) || translations.existsByLanguageAndSlug("fr", slug), "Test",
					fixtures.clock());
		});
		mvc.perform(get("/actualites/reunion-des-partenaires-a-abidjan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<article class=\"article\" lang=\"fr\">")))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" hreflang=\"en\" href=\"https://portail.example/en/actualites/partners-meeting-in-abidjan\">")));
		mvc.perform(get("/actualites/partners-meeting-in-abidjan"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/actualites/reunion-des-partenaires-a-abidjan"));
		mvc.perform(get("/en/actualites/partners-meeting-in-abidjan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<article class=\"article\" lang=\"en\">")));
	}

	@Test
	void theBackOfficeAndSitemapsHaveNoLanguagePrefixButTheNewsFeedHasAnEnglishOne() throws Exception {
		mvc.perform(get("/en/admin/actualites")).andExpect(status().isNotFound());
		mvc.perform(get("/en/sitemap.xml")).andExpect(status().isNotFound());
		// the English feed lists the English translations (issue 14: there was none)
		mvc.perform(get("/en/actualites/rss.xml")).andExpect(status().isOk());
	}

}
