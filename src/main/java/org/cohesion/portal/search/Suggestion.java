package org.cohesion.portal.search;

/** A title proposed while typing, with where it leads. */
public record Suggestion(String title, String path, String type) {
}
