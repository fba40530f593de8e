package org.cohesion.portal.news;

import java.time.Instant;

/**
 * An article became public: published now, or its scheduled time has come. Announced
 * exactly once per publication, even with several nodes or across a restart.
 */
public record ArticlePublished(long articleId, String slug, String title, Instant publishedAt) {
}
