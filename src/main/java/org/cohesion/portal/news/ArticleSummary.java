package org.cohesion.portal.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article as other modules and list pages see it: enough for a card (image, date,
 * section, standfirst).
 */
public record ArticleSummary(long id, String slug, String title, String standfirst, String sectionSlug,
		String sectionName, Instant publishedAt, @Nullable String imagePath, @Nullable String imageAlt,
		String language) {

	public String path() {
		return "/actualites/" + slug;
	}

	/** The same summary with its section named in the reader's language. */
	public ArticleSummary withSectionName(String name) {
		return new ArticleSummary(id, slug, title, standfirst, sectionSlug, name, publishedAt, imagePath, imageAlt,
				language);
	}

	public boolean hasImage() {
		return imagePath != null && imageAlt != null && !imageAlt.isBlank();
	}

}
