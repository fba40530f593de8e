package org.cohesion.portal.news.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The translation side of the article aggregate, without a database. */
class ArticleTranslationTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-02T10:00:00Z"), ZoneOffset.UTC);

	Article article = Article.draft("Journée de la solidarité", "Un chapô.", "<p>Le corps.</p>",
			new Section("Solidarité", "Les actualités de la solidarité.", 0), slug -> false, CLOCK);

	@Test
	void translationIsUpToDateUntilTheOriginalTextChangesAndAgainOnceTheTextIsPutBack() {
		ArticleTranslation translation = translate("Solidarity day");
		assertThat(translation.isOutdated()).isFalse();

		article.publish(null, CLOCK);
		article.markFeatured(true);
		assertThat(translation.isOutdated()).as("a change of state is not a change of text").isFalse();

		reviseBody("<p>Le corps, complété.</p>");
		assertThat(translation.isOutdated()).isTrue();
		assertThat(translation.getSourceBody()).isEqualTo("<p>Le corps.</p>");

		reviseBody("<p>Le corps.</p>");
		assertThat(translation.isOutdated()).as("the text it was made from is back").isFalse();
	}

	@Test
	void translatingAgainReplacesTheTranslationAndMarksItUpToDate() {
		translate("Solidarity day");
		reviseBody("<p>Un autre corps.</p>");
		ArticleTranslation again = translate("Solidarity day");
		assertThat(article.getTranslations()).singleElement().isSameAs(again);
		assertThat(again.isOutdated()).isFalse();
		assertThat(again.getSlug()).isEqualTo("solidarity-day");
	}

	@Test
	void translatedBodyIsSanitisedAndItsSlugFollowsItsTitle() {
		ArticleTranslation translation = article.translate("en", "Solidarity day", "A standfirst.",
				"<p onclick=\"x()\">Text</p><script>alert(1)</script>", null, null, "solidarity-day"::equals, "Test",
				CLOCK);
		assertThat(translation.getBody()).isEqualTo("<p>Text</p>");
		assertThat(translation.getSlug()).isNotEqualTo("solidarity-day").startsWith("solidarity-day");
	}

	@Test
	void anArticleIsNotTranslatedIntoItsOwnLanguage() {
		assertThatIllegalArgumentException().isThrownBy(() -> article.translate("fr", "Titre", "Chapô", "<p>Corps</p>",
				null, null, slug -> false, "Test", CLOCK));
	}

	private ArticleTranslation translate(String title) {
		return article.translate("en", title, "A standfirst.", "<p>A body.</p>", null, null, slug -> false, "Test",
				CLOCK);
	}

	private void reviseBody(String body) {
		article.revise(article.getTitle(), article.getStandfirst(), body, article.getSection(), "fr", null, null, false,
				slug -> false, CLOCK);
	}

}
