package org.cohesion.portal.site.domain;

/**
 * A static page's link in a reader's language: {@code originalSlug} identifies the page,
 * {@code slug} and {@code title} are the translation's where there is one, and
 * {@code language} says which.
 */
public record LocalizedPageLink(String originalSlug, String slug, String title, String language) {
}
