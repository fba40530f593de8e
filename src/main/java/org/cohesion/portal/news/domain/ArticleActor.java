package org.cohesion.portal.news.domain;

/**
 * Who acts on an article, as far as the article needs to know: who they are (authorship)
 * and the two rights that change what it allows.
 */
public record ArticleActor(long id, boolean editsAny, boolean publishes) {
}
