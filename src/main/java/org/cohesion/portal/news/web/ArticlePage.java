package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.jspecify.annotations.Nullable;

/**
 * Everything the article template shows. {@code body} is HTML sanitised when it was
 * stored; the SEO title and description, when set, replace the title and standfirst in
 * the page's head.
 */
public record ArticlePage(ArticleSummary article, String body, Instant updatedAt, List<ArticleSummary> related,
		@Nullable ArticleSummary previous, @Nullable ArticleSummary next, @Nullable String seoTitle,
		@Nullable String seoDescription, List<String> tags, @Nullable GalleryView gallery) {

	static ArticlePage of(Article article, List<ArticleSummary> related, @Nullable ArticleSummary previous,
			@Nullable ArticleSummary next, @Nullable GalleryView gallery) {
		return new ArticlePage(article.toSummary(), article.getBody(), article.getUpdatedAt(), related, previous, next,
				article.getSeoTitle(), article.getSeoDescription(), article.getTags(), gallery);
	}

	/**
	 * The page of an article in another language; the other fields as {@code original}.
	 */
	static ArticlePage translated(ArticlePage original, ArticleTranslation translation) {
		return new ArticlePage(translation.toSummary(), translation.getBody(), translation.getUpdatedAt(),
				original.related(), original.previous(), original.next(), translation.getSeoTitle(),
				translation.getSeoDescription(), original.tags(), original.gallery());
	}

	/**
	 * The same page with another summary of its article (its section's name translated).
	 */
	ArticlePage withArticle(ArticleSummary article) {
		return new ArticlePage(article, body, updatedAt, related, previous, next, seoTitle, seoDescription, tags,
				gallery);
	}

	/** The same page with its body drawn otherwise (never stored). */
	ArticlePage withBody(String drawn) {
		return new ArticlePage(article, drawn, updatedAt, related, previous, next, seoTitle, seoDescription, tags,
				gallery);
	}

	/** The same page with its neighbours as readers of another language see them. */
	ArticlePage withNeighbours(List<ArticleSummary> related, @Nullable ArticleSummary previous,
			@Nullable ArticleSummary next) {
		return new ArticlePage(article, body, updatedAt, related, previous, next, seoTitle, seoDescription, tags,
				gallery);
	}

}
