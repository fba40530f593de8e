package org.cohesion.portal.media;

import java.util.List;

/**
 * The articles that show a gallery as their "Galerie associée", so that the gallery's
 * page links back to them. Implemented by the newsroom (which depends on the library,
 * never the reverse); without an implementation a gallery page simply has no such links.
 */
public interface GalleryArticles {

	/**
	 * Published articles showing the gallery, newest first, titled in {@code language}
	 * where translated.
	 */
	List<ArticleLink> showing(long galleryId, String language);

	/** A link to an article: its title, its address, the language of that title. */
	record ArticleLink(String title, String path, String language) {
	}

}
