package org.cohesion.portal.media.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What an editor writes about an item: text alternative, caption, credit. */
public record MediaForm(@Size(max = 500, message = "{media.error.altLength}") @Nullable String alt,
		@Size(max = 1000, message = "{media.error.captionLength}") @Nullable String caption,
		@Size(max = 200, message = "{media.error.creditLength}") @Nullable String credit, @Nullable Long version) {
}
