package org.cohesion.portal.site.web.admin;

import java.time.Instant;

import org.cohesion.portal.site.domain.Page;

/**
 * One line of the back office's list of pages (templates receive views, not entities).
 */
public record PageRow(long id, String title, String slug, Instant updatedAt) {

	static PageRow of(Page page) {
		return new PageRow(page.getId(), page.getTitle(), page.getSlug(), page.getUpdatedAt());
	}

}
