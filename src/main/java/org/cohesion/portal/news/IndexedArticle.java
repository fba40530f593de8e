package org.cohesion.portal.news;

import java.time.Instant;

/**
 * A published article as search engines are told about it (sitemaps): its summary and
 * when readers last saw it change.
 */
public record IndexedArticle(ArticleSummary summary, Instant modifiedAt) {

}
