package org.cohesion.portal.site.web.admin;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The translation editor of a static page: the original beside the form and, when the
 * translation is out of date, the original's text it was made from.
 */
public record PageTranslationView(long pageId, String language, String sourceLanguage, String sourceTitle,
		String sourceSummary, String sourceBody, String state, @Nullable String publicPath,
		@Nullable String lastEditorName, @Nullable Instant updatedAt, @Nullable Translated translated) {

	/** The original's text as it was when translated. */
	public record Translated(Instant at, String title, String summary, String body) {
	}

	public boolean exists() {
		return !"missing".equals(state);
	}

}
