package org.cohesion.portal.site;

import java.time.Duration;

import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.pagecache.PageCache;
import org.cohesion.portal.pagecache.internal.PageCachePolls;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page and the layout read their lists once per content generation, with the
 * rendered-page cache off (as in the benchmarks of docs/PERFORMANCE.md): a change shows
 * from the next request on, whether it is written through the ORM, told by its author, or
 * scheduled. The poll that looks at the clock is run by hand (its timer waits an hour).
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
@TestPropertySource(properties = { "portal.page-cache.enabled=false", "portal.page-cache.read-models=true",
		"portal.page-cache.poll-interval=PT1H" })
class ReadModelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PageCache pageCache;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Section section;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		pageCache.contentChanged();
		PageCachePolls.pollNow(context);
		section = fixtures.section("Solidarité");
	}

	@Test
	void anArticleSavedThroughTheOrmIsOnTheHomePageAtTheNextRequest() throws Exception {
		fixtures.article("Distribution de kits scolaires à Bouaké").in(section).save();
		assertThat(home()).contains("Distribution de kits scolaires à Bouaké");

		fixtures.article("Ouverture du guichet unique de Korhogo").in(section).save();
		fixtures.page("le-ministere", "Le Ministère", "<p>Missions.</p>", 0);

		String home = home();
		assertThat(home).contains("Ouverture du guichet unique de Korhogo", "Distribution de kits scolaires à Bouaké");
		assertThat(home).contains("href=\"/le-ministere\"");
	}

	@Test
	void aBulkChangeIsShownOnceItsAuthorTellsThePageCache() throws Exception {
		fixtures.article("Caravane de la cohésion à Man").in(section).save();
		assertThat(home()).contains("Caravane de la cohésion à Man");

		jdbc.update(
				"update news_article set title = 'Caravane de la cohésion à Daloa' where title = 'Caravane de la cohésion à Man'");
		// kept: the ORM did not see the statement, nobody told the cache yet
		assertThat(home()).contains("Caravane de la cohésion à Man");

		pageCache.contentChanged();
		assertThat(home()).contains("Caravane de la cohésion à Daloa").doesNotContain("cohésion à Man");
	}

	@Test
	void scheduledArticlesAndFlashInfosShowWhenTheirTimeComes() throws Exception {
		fixtures.article("Annonce déjà parue").in(section).save();
		fixtures.article("Ouverture du guichet unique de Man").in(section).scheduledIn(Duration.ofMinutes(10)).save();
		// shown from five minutes from now
		fixtures.flash("Solidarité", "Distribution de vivres à Man ce samedi", Duration.ofMinutes(-5), null);
		PageCachePolls.pollNow(context);
		assertThat(home()).contains("Annonce déjà parue")
			.doesNotContain("guichet unique de Man")
			.doesNotContain("Distribution de vivres");

		clock.advance(Duration.ofMinutes(6));
		PageCachePolls.pollNow(context);
		assertThat(home()).contains("Distribution de vivres à Man ce samedi").doesNotContain("guichet unique de Man");

		clock.advance(Duration.ofMinutes(5));
		PageCachePolls.pollNow(context);
		assertThat(home()).contains("Ouverture du guichet unique de Man");
	}

	private String home() throws Exception {
		return mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
