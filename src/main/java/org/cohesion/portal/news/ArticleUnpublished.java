package org.cohesion.portal.news;

/**
 * A public article stopped being public (unpublished or archived from the published
 * state): what showed it (search, caches of public pages) should forget it.
 */
public record ArticleUnpublished(long articleId, String slug) {
}
