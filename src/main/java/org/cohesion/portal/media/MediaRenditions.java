package org.cohesion.portal.media;

import org.jspecify.annotations.Nullable;

/**
 * The WebP twin of a library image known only by its JPEG derivative's path (article
 * covers keep a path): pages offer it in a {@code <picture>} only when it was made (the
 * WebP encoder may be missing on the machine that processed the image).
 */
public interface MediaRenditions {

	/**
	 * The WebP {@code srcset} matching a JPEG derivative's path; null when there is none.
	 */
	@Nullable String webpSrcset(@Nullable String jpegPath);

}
