package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.news.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * Everything the article template shows. {@code body} is HTML sanitised when it was
 * stored.
 */
public record ArticlePage(ArticleSummary article, String body, Instant updatedAt, List<ArticleSummary> related,
		@Nullable ArticleSummary previous, @Nullable ArticleSummary next) {
}
