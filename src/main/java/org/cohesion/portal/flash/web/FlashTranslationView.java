package org.cohesion.portal.flash.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The translation editor of a flash info: the original beside the form and, when the
 * translation is out of date, the original's text it was made from.
 */
public record FlashTranslationView(long itemId, String language, String sourceLanguage, String sourceLabel,
		String sourceText, String state, @Nullable String lastEditorName, @Nullable Instant updatedAt,
		@Nullable String translatedLabel, @Nullable String translatedText) {

	public boolean exists() {
		return !"missing".equals(state);
	}

}
