package org.cohesion.portal.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A static page; {@code bodyHtml} (sanitised when saved) is null in lists.
 */
public record PageContent(String slug, String title, String summary, @Nullable String bodyHtml, Instant updatedAt) {

	public String path() {
		return "/" + slug;
	}

}
