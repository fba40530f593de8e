package org.cohesion.portal.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.search.SearchIndex;
import org.cohesion.portal.search.SearchTesting;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public content API's contract: shapes, paging, errors, caching, CORS, limits. */
@IntegrationTest
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SearchIndex index;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Section solidarity;

	Section cooperation;

	@BeforeEach
	void setUp() throws InterruptedException {
		SearchTesting.cleanIndex(index);
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
		cooperation = fixtures.section("Coopération");
	}

	@Test
	void articlesArePagedNewestFirstWithAbsoluteLinksAndOnlyPublished() throws Exception {
		for (int i = 1; i <= 5; i++) {
			fixtures.article("Actualité numéro " + i).in(solidarity).publishedAgo(Duration.ofDays(10 - i)).save();
		}
		fixtures.article("Brouillon en cours").in(solidarity).draft().save();
		fixtures.article("Programmée pour demain").in(solidarity).scheduledIn(Duration.ofDays(1)).save();
		fixtures.article("Avec image").in(cooperation).image("/demo/kits.jpg").publishedAgo(Duration.ofDays(20)).save();

		mvc.perform(get("/api/v1/articles").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(6))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].title").value("Actualité numéro 3"))
			.andExpect(jsonPath("$.items[0].slug").value("actualite-numero-3"))
			.andExpect(jsonPath("$.items[0].url").value("https://portail.example/actualites/actualite-numero-3"))
			.andExpect(jsonPath("$.items[0].section.slug").value("solidarite"))
			.andExpect(jsonPath("$.items[0].section.url").value("https://portail.example/rubriques/solidarite"))
			.andExpect(jsonPath("$.items[0].publishedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")))
			.andExpect(jsonPath("$.items[0].language").value("fr"))
			.andExpect(jsonPath("$.items[0].links.self")
				.value("https://portail.example/api/v1/articles/actualite-numero-3"))
			.andExpect(jsonPath("$.links.self").value("https://portail.example/api/v1/articles?page=2&size=2"))
			.andExpect(jsonPath("$.links.prev").value("https://portail.example/api/v1/articles?page=1&size=2"))
			.andExpect(jsonPath("$.links.next").value("https://portail.example/api/v1/articles?page=3&size=2"))
			.andExpect(jsonPath("$.links.last").value("https://portail.example/api/v1/articles?page=3&size=2"));

		String all = mvc.perform(get("/api/v1/articles").param("size", "100"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).doesNotContain("Brouillon en cours").doesNotContain("Programmée pour demain");
		mvc.perform(get("/api/v1/articles").param("page", "3").param("size", "2"))
			.andExpect(jsonPath("$.items[1].image.url").value("https://portail.example/demo/kits.jpg"))
			.andExpect(jsonPath("$.items[1].image.alt").value("Illustration : Avec image"))
			.andExpect(jsonPath("$.links.next").value(nullValue()));
	}

	@Test
	void oneArticleWithItsTextAndNotFoundForWhatIsNotPublic() throws Exception {
		fixtures.article("Aide aux ménages sinistrés")
			.in(solidarity)
			.body("<p>Des <strong>kits</strong> distribués.</p>")
			.save();
		Article scheduled = fixtures.article("Programmée pour demain")
			.in(solidarity)
			.scheduledIn(Duration.ofDays(1))
			.save();
		Article draft = fixtures.article("Brouillon en cours").in(solidarity).draft().save();

		mvc.perform(get("/api/v1/articles/aide-aux-menages-sinistres"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Aide aux ménages sinistrés"))
			.andExpect(jsonPath("$.bodyHtml").value("<p>Des <strong>kits</strong> distribués.</p>"))
			.andExpect(jsonPath("$.updatedAt").isString())
			.andExpect(jsonPath("$.tags").isArray())
			.andExpect(jsonPath("$.url").value("https://portail.example/actualites/aide-aux-menages-sinistres"));
		for (String slug : List.of(scheduled.getSlug(), draft.getSlug(), "n-existe-pas")) {
			mvc.perform(get("/api/v1/articles/" + slug))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("application/json"))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.error").value("not_found"))
				.andExpect(jsonPath("$.message", containsString("Aucune actualité publiée")));
		}
		mvc.perform(get("/api/v1/nimporte-quoi/ici"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
	}

	@Test
	void renamedArticleAnswersAtItsOldSlugWithAPermanentRedirectToItsNewAddress() throws Exception {
		Article article = fixtures.article("Distribution de vivres à Man").in(solidarity).save();
		fixtures.retitle(article, "Distribution de vivres et de kits à Man");

		mvc.perform(get("/api/v1/articles/distribution-de-vivres-a-man"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location",
					"https://portail.example/api/v1/articles/distribution-de-vivres-et-de-kits-a-man"))
			.andExpect(jsonPath("$.status").value(301));
		mvc.perform(get("/api/v1/articles/distribution-de-vivres-et-de-kits-a-man")).andExpect(status().isOk());
	}

	@Test
	void badParametersGetAJson400SayingWhatIsExpected() throws Exception {
		for (String[] params : List.of(new String[] { "size", "0" }, new String[] { "size", "101" },
				new String[] { "size", "vingt" }, new String[] { "page", "0" }, new String[] { "page", "-1" },
				new String[] { "page", "99999999999" })) {
			mvc.perform(get("/api/v1/articles").param(params[0], params[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.error").value("bad_request"))
				.andExpect(jsonPath("$.message", containsString("«\u00a0" + params[0] + "\u00a0»")));
		}
		mvc.perform(get("/api/v1/search")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "aide").param("type", "secret"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "*:* (("))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("La recherche ne contient aucun mot."));
	}

	@Test
	void sectionsFlashInfosAndPages() throws Exception {
		fixtures.article("Accord signé").in(cooperation).save();
		fixtures.article("Brouillon").in(cooperation).draft().save();
		fixtures.flash("Coopération", "Un accord signé avec un partenaire", Duration.ofHours(2), null);
		fixtures.expiredFlash("Agenda", "Réunion passée");
		fixtures.page("missions", "Missions", "<p>Nos missions.</p>", 0);

		mvc.perform(get("/api/v1/sections"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].slug").value("cooperation"))
			.andExpect(jsonPath("$[1].articleCount").value(1))
			.andExpect(jsonPath("$[1].url").value("https://portail.example/rubriques/cooperation"))
			.andExpect(jsonPath("$[1].links.articles")
				.value("https://portail.example/api/v1/sections/cooperation/articles"));
		mvc.perform(get("/api/v1/sections/cooperation/articles"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Accord signé"));
		mvc.perform(get("/api/v1/sections/inconnue/articles")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/flash-infos"))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].label").value("Coopération"))
			.andExpect(jsonPath("$.items[0].text").value("Un accord signé avec un partenaire"));
		mvc.perform(get("/api/v1/flash-infos/current"))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].url").value(nullValue()));
		mvc.perform(get("/api/v1/pages"))
			.andExpect(jsonPath("$[0].slug").value("missions"))
			.andExpect(jsonPath("$[0].url").value("https://portail.example/missions"))
			.andExpect(jsonPath("$[0].bodyHtml").doesNotExist());
		mvc.perform(get("/api/v1/pages/missions")).andExpect(jsonPath("$.bodyHtml").value("<p>Nos missions.</p>"));
		mvc.perform(get("/api/v1/pages/inconnue")).andExpect(status().isNotFound());
	}

	@Test
	void searchThroughTheApi() throws Exception {
		fixtures.article("Aide aux ménages sinistrés de Bouaké").in(solidarity).save();
		fixtures.article("Ménages sinistrés : brouillon").in(solidarity).draft().save();

		mvc.perform(get("/api/v1/search").param("q", "menage sinistre"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("menage sinistre"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].type").value("article"))
			.andExpect(jsonPath("$.items[0].title").value("Aide aux ménages sinistrés de Bouaké"))
			.andExpect(jsonPath("$.items[0].titleHtml", containsString("<mark>ménages</mark>")))
			.andExpect(jsonPath("$.items[0].url")
				.value("https://portail.example/actualites/aide-aux-menages-sinistres-de-bouake"))
			.andExpect(jsonPath("$.items[0].section.slug").value("solidarite"))
			.andExpect(jsonPath("$.facets.type[0].value").value("article"))
			.andExpect(jsonPath("$.facets.type[0].count").value(1))
			.andExpect(jsonPath("$.links.self")
				.value("https://portail.example/api/v1/search?q=menage+sinistre&page=1&size=20"));
	}

	@Test
	void aRepeatedRequestGetsA304WithTheETag() throws Exception {
		fixtures.article("Accord signé").in(cooperation).save();
		String etag = mvc.perform(get("/api/v1/articles"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=60")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		mvc.perform(get("/api/v1/articles").header("If-None-Match", etag)).andExpect(status().isNotModified());
		fixtures.article("Nouvelle actualité").in(cooperation).save();
		mvc.perform(get("/api/v1/articles").header("If-None-Match", etag)).andExpect(status().isOk());
	}

	@Test
	void browsersOnOtherSitesMayReadButNotWrite() throws Exception {
		mvc.perform(get("/api/v1/sections").header("Origin", "https://partenaire.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")))
			.andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
		mvc.perform(options("/api/v1/sections").header("Origin", "https://partenaire.example")
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")))
			.andExpect(header().string("Access-Control-Allow-Methods", not(containsString("POST"))));
		mvc.perform(options("/api/v1/sections").header("Origin", "https://partenaire.example")
			.header("Access-Control-Request-Method", "DELETE")).andExpect(status().isForbidden());
	}

	@Test
	void tooManyRequestsFromOneAddressGet429WithRetryAfter() throws Exception {
		RequestPostProcessor from = request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		};
		RequestPostProcessor other = request -> {
			request.setRemoteAddr("203.0.113.78");
			return request;
		};
		int limit = 120;
		for (int i = 0; i < limit; i++) {
			mvc.perform(get("/api/v1/sections").with(from)).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/sections").with(from))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("\\d+")))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.error").value("too_many_requests"))
			.andExpect(jsonPath("$.message", containsString("Trop de requêtes")));
		mvc.perform(get("/api/v1/sections").with(other)).andExpect(status().isOk());
		// the site's pages are not limited
		mvc.perform(get("/").with(from)).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDescriptionListsEveryEndpointAndTheDocsPageShowsThem() throws Exception {
		String body = mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode spec = json.readTree(body);
		assertThat(spec.path("openapi").asString()).startsWith("3.1");
		Set<String> documented = new TreeSet<>();
		spec.path("paths").propertyNames().forEach(path -> documented.add("/api/v1" + path));
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/") && !pattern.equals("/api/v1/**")) {
					served.add(pattern);
				}
			}
		}
		assertThat(documented).isEqualTo(served);
		List<String> refs = new ArrayList<>();
		collectRefs(spec, refs);
		for (String ref : refs) {
			assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
		}

		String docs = mvc.perform(get("/api"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String path : documented) {
			assertThat(docs).contains(path);
		}
	}

	private static void collectRefs(JsonNode node, List<String> refs) {
		if (node.isObject()) {
			node.properties().forEach(entry -> {
				if (entry.getKey().equals("$ref")) {
					refs.add(entry.getValue().asString());
				}
				else {
					collectRefs(entry.getValue(), refs);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collectRefs(child, refs));
		}
	}

}
