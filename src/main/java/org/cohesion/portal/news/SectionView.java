package org.cohesion.portal.news;

/** A rubrique as shown in navigation and on its page. */
public record SectionView(String slug, String name, String description, long articleCount) {

	public String path() {
		return "/rubriques/" + slug;
	}

}
