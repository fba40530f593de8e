package org.cohesion.portal.news.editorial;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a writer sets on an article: its text and settings, already validated, with the
 * library image for its cover and its "Galerie associée" (null for none).
 */
public record ArticleContent(String title, String standfirst, String body, long sectionId, String language,
		@Nullable String seoTitle, @Nullable String seoDescription, boolean featured, List<String> tags,
		@Nullable Long coverMediaId, @Nullable Long galleryId) {
}
