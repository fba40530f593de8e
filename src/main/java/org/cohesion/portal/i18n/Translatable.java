package org.cohesion.portal.i18n;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Content written in one language that may be translated into the others (an article, a
 * static page, a flash info), as the back office's translation desk sees it.
 */
public interface Translatable {

	/** The language the original is written in. */
	String getLanguage();

	/** Its translation into {@code language}, if one was made. */
	Optional<? extends Translation> translation(String language);

	/** One stored translation of a {@link Translatable}. */
	interface Translation {

		String getLanguage();

		/** What names it in a list: a title, or a flash info's label. */
		String heading();

		/** The original's text changed since it was made. */
		boolean isOutdated();

		Instant getUpdatedAt();

		@Nullable String getLastEditorName();

		long getVersion();

	}

}
