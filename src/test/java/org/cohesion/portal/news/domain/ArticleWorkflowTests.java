package org.cohesion.portal.news.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.portal.news.domain.ArticleStatus.ARCHIVED;
import static org.cohesion.portal.news.domain.ArticleStatus.DRAFT;
import static org.cohesion.portal.news.domain.ArticleStatus.PUBLISHED;
import static org.cohesion.portal.news.domain.ArticleStatus.SUBMITTED;
import static org.cohesion.portal.news.domain.ArticleStatus.UNPUBLISHED;

/** Every action of the workflow from every state: what it allows, and what it refuses. */
class ArticleWorkflowTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Africa/Abidjan"));

	/** Each action, the states it is allowed from, and where it leads. */
	static final Map<String, Rule> RULES = Map.of("submit", new Rule(Set.of(DRAFT), SUBMITTED, (a, c) -> a.submit(c)),
			"publish", new Rule(Set.of(DRAFT, SUBMITTED, UNPUBLISHED), PUBLISHED, (a, c) -> a.publish(null, c)),
			"unpublish", new Rule(Set.of(PUBLISHED), UNPUBLISHED, (a, c) -> a.unpublish(c)), "archive",
			new Rule(Set.of(PUBLISHED, UNPUBLISHED), ARCHIVED, (a, c) -> a.archive(c)), "backToDraft",
			new Rule(Set.of(SUBMITTED, UNPUBLISHED), DRAFT, (a, c) -> a.backToDraft(c)));

	record Rule(Set<ArticleStatus> from, ArticleStatus to, BiConsumer<Article, Clock> action) {
	}

	static Stream<Arguments> everyActionFromEveryState() {
		List<Arguments> cases = new ArrayList<>();
		RULES.forEach((name, rule) -> {
			for (ArticleStatus from : ArticleStatus.values()) {
				cases.add(Arguments.of(name, from));
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionFromEveryState")
	void actionIsAllowedOnlyFromItsStates(String action, ArticleStatus from) {
		Rule rule = RULES.get(action);
		Article article = articleIn(from);
		if (rule.from().contains(from)) {
			rule.action().accept(article, CLOCK);
			assertThat(article.getStatus()).isEqualTo(rule.to());
		}
		else {
			assertThatThrownBy(() -> rule.action().accept(article, CLOCK)).isInstanceOf(IllegalArticleTransition.class)
				.satisfies(refused -> {
					assertThat(((IllegalArticleTransition) refused).from()).isEqualTo(from);
					assertThat(((IllegalArticleTransition) refused).to()).isEqualTo(rule.to());
				});
			assertThat(article.getStatus()).isEqualTo(from);
		}
	}

	@Test
	void aNewArticleIsADraftOfItsAuthor() {
		Article article = Article.draft("Titre", "Chapô.", "<p>Corps.</p>", section(), slug -> false, CLOCK, 7,
				"Awa Koné");
		assertThat(article.getStatus()).isEqualTo(DRAFT);
		assertThat(article.isWrittenBy(7)).isTrue();
		assertThat(article.isWrittenBy(8)).isFalse();
		assertThat(article.getAuthorName()).isEqualTo("Awa Koné");
	}

	@Test
	void publishingAtAFutureTimeSchedulesTheArticle() {
		Article article = articleIn(SUBMITTED);
		Instant at = CLOCK.instant().plus(Duration.ofHours(2));
		article.publish(at, CLOCK);
		assertThat(article.isScheduledAt(CLOCK.instant())).isTrue();
		assertThat(article.isPublicAt(CLOCK.instant())).isFalse();
		assertThat(article.isPublicAt(at)).isTrue();
	}

	@Test
	void aScheduledArticleCanBeRescheduledButAPublicOneCannot() {
		Article article = articleIn(SUBMITTED);
		article.publish(CLOCK.instant().plus(Duration.ofHours(2)), CLOCK);
		article.reschedule(CLOCK.instant().plus(Duration.ofHours(5)), CLOCK);
		assertThat(article.getPublishedAt()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(5)));
		article.reschedule(null, CLOCK);
		assertThat(article.isPublicAt(CLOCK.instant())).isTrue();
		assertThatThrownBy(() -> article.reschedule(CLOCK.instant().plus(Duration.ofHours(1)), CLOCK))
			.isInstanceOf(IllegalArticleTransition.class);
		assertThat(article.getPublishedAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void publishingNowMakesItPublicAtOnce() {
		Article article = articleIn(DRAFT);
		article.publish(null, CLOCK);
		assertThat(article.getPublishedAt()).isEqualTo(CLOCK.instant());
		assertThat(article.isPublicAt(CLOCK.instant())).isTrue();
	}

	@Test
	void unpublishedArticleIsNoLongerPublic() {
		Article article = articleIn(PUBLISHED);
		article.unpublish(CLOCK);
		assertThat(article.isPublicAt(CLOCK.instant())).isFalse();
	}

	@Test
	void revisingSanitisesTheBodyAndKeepsTheOldSlugAsAnAlias() {
		Article article = articleIn(DRAFT);
		article.revise("Nouveau titre", "Nouveau chapô.",
				"<p onclick=\"x()\">Texte</p><script>alert(1)</script><a href=\"javascript:alert(2)\">lien</a>",
				section(), "fr", " Titre SEO ", "", true, slug -> false, CLOCK);
		assertThat(article.getBody()).doesNotContain("onclick", "script", "javascript:").contains("Texte");
		assertThat(article.getSlug()).isEqualTo("nouveau-titre");
		assertThat(article.getSlugAliases()).extracting(ArticleSlugAlias::getSlug).containsExactly("titre");
		assertThat(article.getSeoTitle()).isEqualTo("Titre SEO");
		assertThat(article.getSeoDescription()).isNull();
		assertThat(article.isFeatured()).isTrue();
	}

	@Test
	void theArticleSaysWhatEachActorMayDoInEachState() {
		ArticleActor author = new ArticleActor(1, false, false);
		ArticleActor otherWriter = new ArticleActor(2, false, false);
		ArticleActor editor = new ArticleActor(3, true, true);
		Instant now = CLOCK.instant();

		assertThat(articleIn(DRAFT).allowedActions(author, now)).containsExactlyInAnyOrder(ArticleAction.EDIT,
				ArticleAction.SUBMIT);
		assertThat(articleIn(DRAFT).allowedActions(otherWriter, now)).isEmpty();
		assertThat(articleIn(SUBMITTED).allowedActions(author, now)).containsExactly(ArticleAction.BACK_TO_DRAFT);
		assertThat(articleIn(SUBMITTED).allowedActions(editor, now)).containsExactlyInAnyOrder(ArticleAction.EDIT,
				ArticleAction.PUBLISH, ArticleAction.BACK_TO_DRAFT);
		assertThat(articleIn(PUBLISHED).allowedActions(editor, now)).containsExactlyInAnyOrder(ArticleAction.EDIT,
				ArticleAction.UNPUBLISH, ArticleAction.ARCHIVE);
		assertThat(articleIn(PUBLISHED).allowedActions(author, now)).isEmpty();
		assertThat(articleIn(ARCHIVED).allowedActions(editor, now)).containsExactly(ArticleAction.EDIT);

		Article scheduled = articleIn(DRAFT);
		scheduled.publish(now.plus(Duration.ofHours(2)), CLOCK);
		assertThat(scheduled.allowedActions(editor, now)).contains(ArticleAction.PUBLISH, ArticleAction.UNPUBLISH);
	}

	private static Article articleIn(ArticleStatus status) {
		Article article = Article.draft("Titre", "Chapô.", "<p>Corps.</p>", section(), slug -> false, CLOCK, 1,
				"Awa Koné");
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> article.submit(CLOCK);
			case PUBLISHED -> article.publish(null, CLOCK);
			case UNPUBLISHED -> {
				article.publish(null, CLOCK);
				article.unpublish(CLOCK);
			}
			case ARCHIVED -> {
				article.publish(null, CLOCK);
				article.archive(CLOCK);
			}
		}
		assertThat(article.getStatus()).isEqualTo(status);
		return article;
	}

	private static Section section() {
		return new Section("Solidarité", "Toute l’actualité de la solidarité.", 0);
	}

}
