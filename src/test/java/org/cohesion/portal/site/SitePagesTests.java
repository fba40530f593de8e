package org.cohesion.portal.site;

import java.time.Duration;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Section solidarity;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
	}

	@Test
	void homePageShowsLeadArticleLatestArticlesAndSections() throws Exception {
		fixtures.article("Kits d’urgence pour les ménages sinistrés")
			.in(solidarity)
			.featured()
			.image("/demo/kits-distribution.jpg")
			.publishedAgo(Duration.ofDays(2))
			.save();
		fixtures.article("Formation des travailleurs sociaux à Daloa")
			.in(fixtures.section("Renforcement des capacités"))
			.publishedAgo(Duration.ofDays(1))
			.save();

		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("À la une");
		assertThat(html.indexOf("Kits d’urgence pour les ménages sinistrés"))
			.as("the featured article leads, even though a newer one exists")
			.isLessThan(html.indexOf("Dernières actualités"));
		assertThat(html).contains(
				"src=\"/demo/kits-distribution.jpg\" alt=\"Illustration : Kits d’urgence pour les ménages sinistrés\"");
		assertThat(html).contains("href=\"/actualites/formation-des-travailleurs-sociaux-a-daloa\"");
		assertThat(html).contains("href=\"/rubriques/renforcement-des-capacites\"");
		assertThat(html).contains("1 actualité");
	}

	@Test
	void everyPageHasTheMinistryNameNavigationTickerAndFooterWithHautLink() throws Exception {
		Article linked = fixtures.article("Accord de coopération signé").in(solidarity).save();
		fixtures.flash("Coopération", "Signature d’un accord avec un partenaire", Duration.ofHours(2), linked);
		fixtures.flash("Solidarité / Intempéries", "Des kits pour les sinistrés de Man", Duration.ofHours(3), null);
		fixtures.expiredFlash("Agenda", "Un rendez-vous déjà passé");

		for (String path : new String[] { "/", "/actualites", "/flash-infos",
				"/actualites/accord-de-cooperation-signe" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ministère de la Solidarité et de la Cohésion sociale")))
				.andExpect(content().string(containsString("aria-label=\"Menu principal\"")))
				.andExpect(content().string(containsString(
						"<span class=\"ticker__label\">Coopération</span>&#8239;: <a href=\"/actualites/accord-de-cooperation-signe\">Signature d’un accord avec un partenaire</a>")))
				.andExpect(content().string(containsString(
						"<span class=\"ticker__label\">Solidarité / Intempéries</span>&#8239;: Des kits pour les sinistrés de Man")))
				.andExpect(content().string(containsString("class=\"ticker__toggle\" hidden")))
				.andExpect(content().string(containsString("<a class=\"back-to-top\" href=\"#haut\">")))
				.andExpect(content().string(containsString("<header class=\"site-header\" id=\"haut\">")));
		}
		mvc.perform(get("/")).andExpect(content().string(not(containsString("Un rendez-vous déjà passé"))));
	}

	@Test
	void footerNewsletterFormSignsUpThroughTheNewsletterModule() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("action=\"/newsletter/inscription\" method=\"post\"")))
			.andExpect(content().string(not(containsString("<fieldset disabled>"))));
		mvc.perform(get("/newsletter"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("loi n°\u00a02013-450")));
	}

	@Test
	void staticPagesAreServedFromTheDatabase() throws Exception {
		fixtures.page("le-ministere", "Le Ministère",
				"<h2>Missions</h2><p>Le Ministère conduit la politique de solidarité.</p>", 1);
		fixtures.page("contacts", "Contacts", "<p>Écrivez-nous.</p>", 2);

		mvc.perform(get("/le-ministere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Le Ministère</h1>")))
			.andExpect(content().string(containsString("conduit la politique de solidarité")))
			.andExpect(content()
				.string(containsString("<a href=\"/le-ministere\" aria-current=\"page\">Le Ministère</a>")));
		mvc.perform(get("/contacts")).andExpect(status().isOk());
		mvc.perform(get("/page-inconnue"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
	}

	@Test
	void publicPagesCarrySecurityAndCachingHeadersAndAnswer304WhenUnchanged() throws Exception {
		var response = mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, startsWith("public, max-age=60")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn()
			.getResponse();
		String etag = response.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		mvc.perform(get("/").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
	}

	@Test
	void galleriesPageSaysHonestlyThatNoneArePublishedYet() throws Exception {
		mvc.perform(get("/galeries"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("seront publiées ici prochainement")));
	}

	@Test
	void stylesAndScriptsAreFingerprintedAndCachedForAYear() throws Exception {
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		var css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(css.find()).isTrue();
		mvc.perform(get(css.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public"));
	}

}
