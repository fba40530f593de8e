package org.cohesion.portal.flash;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A flash info as the ticker and the archive show it: "Label : text", optionally a link
 * to an article.
 */
public record FlashItemView(long id, String label, String text, @Nullable String href, Instant publishedAt) {
}
