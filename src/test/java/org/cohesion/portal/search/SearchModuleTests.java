package org.cohesion.portal.search;

import java.time.Duration;

import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.ArticleUnpublished;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.MutableClock;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module reacting to the news module's events: an announced publication puts
 * the article (back) in the index, an unpublication takes it out — even when the index
 * missed the change (here: the index emptied, the row changed behind Hibernate Search).
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(EditorialTestConfiguration.class)
class SearchModuleTests {

	@Autowired
	SiteSearch search;

	@Autowired
	SearchIndex index;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SectionRepository sections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Section section;

	@BeforeEach
	void setUp() throws InterruptedException {
		articles.deleteAllInBatch();
		sections.deleteAllInBatch();
		SearchTesting.cleanIndex(index);
		section = sections.save(new Section("Solidarité", "Aides et secours.", 0));
	}

	@Test
	void anAnnouncedPublicationPutsTheArticleBackInTheIndex(Scenario scenario) {
		Article article = publish("Distribution de vivres à Korhogo");
		index.purge();
		assertThat(titles("vivres Korhogo")).isEmpty();

		scenario
			.publish(new ArticlePublished(article.getId(), article.getSlug(), article.getTitle(),
					article.getPublishedAt()))
			.andWaitForStateChange(() -> titles("vivres Korhogo"), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly("Distribution de vivres à Korhogo"));
	}

	@Test
	void anUnpublicationTakesTheArticleOutOfTheIndex(Scenario scenario) {
		Article article = publish("Campagne de sensibilisation à Bouaké");
		assertThat(titles("sensibilisation Bouaké")).containsExactly("Campagne de sensibilisation à Bouaké");
		// behind Hibernate Search's back: only the event can tell the index
		jdbc.update("update news_article set status = 'UNPUBLISHED' where id = ?", article.getId());
		assertThat(titles("sensibilisation Bouaké")).as("the index has not seen the change").hasSize(1);

		scenario.publish(new ArticleUnpublished(article.getId(), article.getSlug()))
			.andWaitForStateChange(() -> titles("sensibilisation Bouaké"), java.util.List::isEmpty)
			.andVerify(found -> assertThat(found).isEmpty());
	}

	private Article publish(String title) {
		Article article = Article.draft(title, "Chapô de « " + title + " ».", "<p>Corps de l’actualité.</p>", section,
				articles::existsBySlug, clock);
		article.publish(clock.instant().minus(Duration.ofHours(1)), clock);
		return articles.saveAndFlush(article);
	}

	private java.util.List<String> titles(String text) {
		return search.search(SearchRequest.of(text)).hits().stream().map(SearchHit::title).toList();
	}

}
