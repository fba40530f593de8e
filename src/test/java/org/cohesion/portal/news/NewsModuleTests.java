package org.cohesion.portal.news;

import java.time.Duration;
import java.time.Instant;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.editorial.ArticleAnnouncer;
import org.cohesion.portal.news.editorial.Editor;
import org.cohesion.portal.news.editorial.EditorialService;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.MutableClock;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.IllegalArticleTransition;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The news module with what it directly needs (the audit trail, the shared kernel and
 * platform), through its published API and the events it publishes.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
// all dependencies: accounts (a direct one) now needs identity and mail to start
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(EditorialTestConfiguration.class)
class NewsModuleTests {

	@Autowired
	NewsApi news;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SectionRepository sections;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleAnnouncer announcer;

	@Autowired
	EditorialService editorial;

	Section section;

	@BeforeEach
	void setUp() {
		articles.deleteAllInBatch();
		sections.deleteAllInBatch();
		section = sections.save(new Section("Coopération", "Accords et partenariats.", 0));
	}

	@Test
	void leadIsTheLatestFeaturedArticleOrElseTheLatest() {
		Article older = publish("Une actualité ancienne", Duration.ofDays(3), false);
		assertThat(news.leadArticle()).hasValueSatisfying(lead -> assertThat(lead.id()).isEqualTo(older.getId()));

		Article featured = publish("Une actualité à la une", Duration.ofDays(2), true);
		publish("Une actualité plus récente", Duration.ofDays(1), false);

		assertThat(news.leadArticle()).hasValueSatisfying(lead -> assertThat(lead.id()).isEqualTo(featured.getId()));
		assertThat(news.latest(10, featured.getId())).extracting(ArticleSummary::title)
			.containsExactly("Une actualité plus récente", "Une actualité ancienne");
	}

	@Test
	void scheduledArticleIsServedAndAnnouncedOnlyOnceItsTimeHasCome(Scenario scenario) {
		Article scheduled = Article.draft("Annonce du mois prochain", "Chapô.", "<p>Corps.</p>", section,
				articles::existsBySlug, clock);
		scheduled.publish(clock.instant().plus(Duration.ofHours(2)), clock);
		long id = articles.save(scheduled).getId();

		assertThat(news.publishedPath(id)).isEmpty();
		assertThat(news.sections()).singleElement().satisfies(s -> assertThat(s.articleCount()).isZero());
		assertThat(announcer.announceDue()).isZero();

		clock.advance(Duration.ofHours(3));

		scenario.stimulate(() -> announcer.announceDue())
			.andWaitForEventOfType(ArticlePublished.class)
			.matching(event -> event.articleId() == id)
			.toArriveAndVerify((event, announced) -> {
				assertThat(announced).isEqualTo(1);
				assertThat(event.slug()).isEqualTo("annonce-du-mois-prochain");
				assertThat(news.publishedPath(id)).contains("/actualites/annonce-du-mois-prochain");
				assertThat(news.sections()).singleElement().satisfies(s -> assertThat(s.articleCount()).isOne());
			});
		assertThat(announcer.announceDue()).as("announced once").isZero();
	}

	@Test
	void unpublishingAPublicArticleTellsTheOtherModules(Scenario scenario) {
		Article article = publish("Retirée", Duration.ofHours(1), false);
		Editor editor = new Editor(1, "Awa Koné", "awa@example.org", true, true);

		scenario.stimulate(() -> editorial.unpublish(article.getId(), editor, null))
			.andWaitForEventOfType(ArticleUnpublished.class)
			.matching(event -> event.articleId() == article.getId())
			.toArriveAndVerify(event -> {
				assertThat(event.slug()).isEqualTo("retiree");
				assertThat(news.publishedPath(article.getId())).isEmpty();
			});
	}

	@Test
	void publishedPathsLeaveOutUnpublishedArticles() {
		Article published = publish("Publiée", Duration.ofHours(1), false);
		Article draft = articles
			.save(Article.draft("Brouillon", "Chapô.", "<p>Corps.</p>", section, articles::existsBySlug, clock));

		assertThat(news.publishedPaths(java.util.List.of(published.getId(), draft.getId())))
			.containsOnlyKeys(published.getId())
			.containsEntry(published.getId(), "/actualites/publiee");
	}

	@Test
	void aPublishedArticleCannotBePublishedAgain() {
		Article article = publish("Déjà publiée", Duration.ofHours(1), false);
		assertThatThrownBy(() -> article.publish(Instant.now(), clock)).isInstanceOf(IllegalArticleTransition.class);
	}

	private Article publish(String title, Duration ago, boolean featured) {
		Article article = Article.draft(title, "Chapô de " + title + ".", "<p>Corps.</p>", section,
				articles::existsBySlug, clock);
		article.markFeatured(featured);
		article.publish(clock.instant().minus(ago), clock);
		return articles.saveAndFlush(article);
	}

}
