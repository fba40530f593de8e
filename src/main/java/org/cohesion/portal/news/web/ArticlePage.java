package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.domain.Article;
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

}
