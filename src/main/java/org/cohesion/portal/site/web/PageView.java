package org.cohesion.portal.site.web;

import java.time.Instant;

import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageTranslation;

/**
 * A static page as readers see it, in its own language or translated ({@code body}
 * sanitised when stored).
 */
public record PageView(String slug, String title, String summary, String body, String language, Instant updatedAt,
		String originalSlug) {

	/**
	 * The page where readers look for the ministry's contacts (and the emergency line).
	 */
	public boolean isContacts() {
		return "contacts".equals(originalSlug);
	}

	PageView withContactLinks(org.cohesion.portal.platform.SiteProperties site) {
		return new PageView(slug, title, summary, ContactLinks.apply(body, site), language, updatedAt, originalSlug);
	}

	static PageView of(Page page) {
		return new PageView(page.getSlug(), page.getTitle(), page.getSummary(), page.getBody(), page.getLanguage(),
				page.getUpdatedAt(), page.getSlug());
	}

	static PageView of(PageTranslation translation) {
		return new PageView(translation.getSlug(), translation.getTitle(), translation.getSummary(),
				translation.getBody(), translation.getLanguage(), translation.getUpdatedAt(),
				translation.getPage().getSlug());
	}

}
