package org.cohesion.portal.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the translation of a piece of content into one language stands, for the back
 * office: {@code missing}, {@code current} (made from the original's present text) or
 * {@code outdated} (the original changed since).
 */
public record TranslationStatus(String language, String state, @Nullable String title, @Nullable Instant updatedAt) {

	public static TranslationStatus missing(String language) {
		return new TranslationStatus(language, "missing", null, null);
	}

	public static TranslationStatus of(String language, boolean outdated, String title, Instant updatedAt) {
		return new TranslationStatus(language, outdated ? "outdated" : "current", title, updatedAt);
	}

	public boolean exists() {
		return !"missing".equals(state);
	}

}
