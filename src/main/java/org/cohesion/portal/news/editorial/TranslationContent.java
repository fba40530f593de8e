package org.cohesion.portal.news.editorial;

import org.jspecify.annotations.Nullable;

/** The text of a translation, validated by the form that carries it. */
public record TranslationContent(String title, String standfirst, String body, @Nullable String seoTitle,
		@Nullable String seoDescription) {
}
