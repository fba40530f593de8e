package org.cohesion.portal.site;

import java.util.List;
import java.util.Optional;

/** The static pages (all public), for the public content API. */
public interface SitePages {

	/** In their display order, without their text. */
	List<PageContent> all();

	Optional<PageContent> bySlug(String slug);

}
