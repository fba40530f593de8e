package org.cohesion.portal.newsletter;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.ArticleUnpublished;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.internal.EditionComposer;
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
 * The newsletter module reacting to the news module's events: an article announced after
 * its month's edition was drafted joins that draft; one unpublished leaves it.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(EditorialTestConfiguration.class)
class NewsletterModuleTests {

	@Autowired
	EditionComposer composer;

	@Autowired
	EditionRepository editions;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SectionRepository sections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Section section;

	YearMonth month;

	@BeforeEach
	void setUp() {
		articles.deleteAllInBatch();
		sections.deleteAllInBatch();
		section = sections.save(new Section("Coopération", "Accords et partenariats.", 0));
		month = YearMonth.from(clock.instant().minus(Duration.ofHours(1)).atZone(ZoneId.of("Africa/Abidjan")));
		editions.findByPeriodKey(month.toString()).ifPresent(editions::delete);
	}

	@Test
	void anArticleAnnouncedAfterItsMonthWasDraftedJoinsTheDraft(Scenario scenario) {
		Edition draft = composer.compose(month);
		Article article = publish("Signature d’un accord avec le Ghana");
		assertThat(articlesIn(draft)).isEmpty();

		scenario
			.publish(new ArticlePublished(article.getId(), article.getSlug(), article.getTitle(),
					article.getPublishedAt()))
			.andWaitForStateChange(() -> articlesIn(draft), held -> !held.isEmpty())
			.andVerify(held -> assertThat(held).containsExactly(article.getId()));
	}

	@Test
	void anUnpublishedArticleLeavesTheDraft(Scenario scenario) {
		Article kept = publish("Visite du ministre à Man");
		Article withdrawn = publish("Communiqué retiré");
		Edition draft = composer.compose(month);
		assertThat(articlesIn(draft)).containsExactly(kept.getId(), withdrawn.getId());

		scenario.publish(new ArticleUnpublished(withdrawn.getId(), withdrawn.getSlug()))
			.andWaitForStateChange(() -> articlesIn(draft), held -> held.size() == 1)
			.andVerify(held -> assertThat(held).containsExactly(kept.getId()));
	}

	private Article publish(String title) {
		Article article = Article.draft(title, "Chapô de « " + title + " ».", "<p>Corps.</p>", section,
				articles::existsBySlug, clock);
		article.publish(clock.instant().minus(Duration.ofHours(1)), clock);
		Article saved = articles.saveAndFlush(article);
		clock.advance(Duration.ofSeconds(1));
		return saved;
	}

	private List<Long> articlesIn(Edition edition) {
		return jdbc.queryForList(
				"select article_id from newsletter_edition_item where edition_id = ? order by position", Long.class,
				edition.getId());
	}

}
