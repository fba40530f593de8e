package org.cohesion.portal.news;

import java.time.Instant;
import java.util.List;

/**
 * A published article with its text, as the public content API serves it.
 *
 * @param summary what a card shows
 * @param bodyHtml the body, sanitised when it was saved
 * @param updatedAt the last change readers can have seen
 * @param tags in alphabetical order
 */
public record ArticleContent(ArticleSummary summary, String bodyHtml, Instant updatedAt, List<String> tags) {
}
