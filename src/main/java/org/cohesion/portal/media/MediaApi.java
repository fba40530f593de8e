package org.cohesion.portal.media;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * What other modules may ask of the media library. Images are only returned when they can
 * appear on a public page: processed, and with their text alternative written.
 */
public interface MediaApi {

	/** A publishable image. */
	Optional<ImageView> image(long id);

	/** Publishable images, newest first, for pickers (cover image, body images). */
	List<ImageView> publishableImages(int limit);

	Optional<GalleryView> gallery(long id);

	/**
	 * Galleries, newest first, including those with no publishable image yet (for the
	 * editor's picker; public pages use {@link #publicGalleries}).
	 */
	List<GalleryView> galleries(int limit);

	/**
	 * The gallery at this address as the public sees it (only its publishable images); an
	 * empty one is not public.
	 */
	Optional<GalleryView> gallery(String slug);

	/**
	 * A page (from 0) of the galleries the public sees (those with at least one
	 * publishable image), newest first.
	 */
	Page<GalleryView> publicGalleries(int page, int size);

	/** The library item imported from a file of this name, for demo data and imports. */
	Optional<Long> findByOriginalName(String originalName);

	Optional<Long> findGalleryId(String slug);

	/**
	 * The items whose derivatives {@code html} shows ({@code /media/…} paths), for owners
	 * recording what their text uses.
	 */
	java.util.Set<Long> findIdsShownIn(String html);

}
