package org.cohesion.portal.media;

import org.jspecify.annotations.Nullable;

/**
 * The WebP twin of a library image known only by its JPEG derivative's path (article
 * covers keep a path): pages offer it in a {@code <picture>} only when it was made (the
 * WebP encoder may be missing on the machine that processed the image). The images of a
 * stored rich text get the same treatment when it is shown.
 */
public interface MediaRenditions {

	/**
	 * The WebP {@code srcset} matching a JPEG derivative's path; null when there is none.
	 */
	@Nullable String webpSrcset(@Nullable String jpegPath);

	/**
	 * A sanitised rich text (an article body) with each library image drawn as the covers
	 * are: a {@code <picture>} with its WebP {@code srcset} (when made) before the JPEG
	 * one, the derivative's width and height, and lazy loading. Applied when a page is
	 * drawn, never stored: the stored text stays what the sanitiser let through.
	 */
	String pictures(String sanitisedHtml, String sizes);

}
