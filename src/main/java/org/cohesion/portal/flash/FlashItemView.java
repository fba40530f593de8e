package org.cohesion.portal.flash;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A flash info as the ticker and the archive show it: "Label : text", optionally a link
 * to an article. {@code language} is the language of the label and text (the original's
 * when the item is not translated into the reader's).
 */
public record FlashItemView(long id, String label, String text, @Nullable String href, Instant publishedAt,
		String language) {
}
