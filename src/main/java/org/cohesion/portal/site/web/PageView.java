package org.cohesion.portal.site.web;

import java.time.Instant;

import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageTranslation;

/**
 * A static page as readers see it, in its own language or translated ({@code body}
 * sanitised when stored).
 */
public record PageView(String slug, String title, String summary, String body, String language, Instant updatedAt) {

	static PageView of(Page page) {
		return new PageView(page.getSlug(), page.getTitle(), page.getSummary(), page.getBody(), page.getLanguage(),
				page.getUpdatedAt());
	}

	static PageView of(PageTranslation translation) {
		return new PageView(translation.getSlug(), translation.getTitle(), translation.getSummary(),
				translation.getBody(), translation.getLanguage(), translation.getUpdatedAt());
	}

}
