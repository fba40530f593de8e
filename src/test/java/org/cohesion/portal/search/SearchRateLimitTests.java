package org.cohesion.portal.search;

import java.time.Duration;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searches that reach the index are limited per client address (here three a minute):
 * past the limit the results page says, in French, that there were too many and when to
 * try again (429, Retry-After, kept by nobody); other addresses, the search box alone and
 * the rest of the site are not affected; the limit refills as the minute goes.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
@TestPropertySource(properties = "portal.search.searches-per-minute=3")
class SearchRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SearchIndex index;

	@Autowired
	MutableClock clock;

	@Test
	void searchesPastTheLimitFromOneAddressGetAFrenchPageThatSaysToWait() throws Exception {
		SearchTesting.cleanIndex(index);
		fixtures.reset();
		Article article = fixtures.article("Distribution de vivres aux sinistrés de Korhogo")
			.in(fixtures.section("Solidarité"))
			.save();
		String link = "href=\"/actualites/" + article.getSlug() + "\"";
		RequestPostProcessor visitor = from("198.51.100.7");

		for (String words : new String[] { "vivres", "sinistrés Korhogo", "distribution" }) {
			mvc.perform(get("/recherche").param("q", words).with(visitor))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(link)));
		}
		mvc.perform(get("/recherche").param("q", "vivres").with(visitor))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9]\\d*")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Trop de recherches depuis votre connexion en peu de temps")))
			.andExpect(content().string(not(containsString(link))));

		mvc.perform(get("/recherche").param("q", "vivres").with(from("198.51.100.8")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/recherche").with(visitor)).andExpect(status().isOk());
		mvc.perform(get("/").with(visitor)).andExpect(status().isOk());

		// three a minute: one more every twenty seconds
		clock.advance(Duration.ofSeconds(20));
		mvc.perform(get("/recherche").param("q", "vivres").with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/recherche").param("q", "vivres").with(visitor)).andExpect(status().isTooManyRequests());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
