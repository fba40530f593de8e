package org.cohesion.portal.news.web.admin;

import org.cohesion.portal.news.domain.Section;

/**
 * One line of the back office's list of sections (templates receive views, not entities).
 */
public record SectionRow(long id, String name, String description, String slug) {

	static SectionRow of(Section section) {
		return new SectionRow(section.getId(), section.getName(), section.getDescription(), section.getSlug());
	}

}
