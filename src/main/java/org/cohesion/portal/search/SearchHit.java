package org.cohesion.portal.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One result.
 *
 * @param type {@code article}, {@code flash}, {@code page}, {@code gallery}
 * @param title the title as plain text
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <mark>}
 * @param excerptHtml a passage of the text, HTML-escaped, with the matched words in
 * {@code <mark>}
 * @param path the public address, relative to the site
 * @param publishedAt publication (or, for a page, last change)
 * @param sectionSlug the article's section, if any
 * @param sectionName its name, if any
 */
public record SearchHit(String type, String title, String titleHtml, String excerptHtml, String path,
		@Nullable Instant publishedAt, @Nullable String sectionSlug, @Nullable String sectionName) {
}
