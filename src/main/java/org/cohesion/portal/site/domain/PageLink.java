package org.cohesion.portal.site.domain;

/** A static page's address and title, for the navigation and the footer. */
public record PageLink(String slug, String title) {
}
