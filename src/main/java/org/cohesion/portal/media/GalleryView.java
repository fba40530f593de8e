package org.cohesion.portal.media;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A gallery as public pages show it: only its images that are ready and described (alt
 * text) are listed.
 */
public record GalleryView(long id, String slug, String title, @Nullable String description, LocalDate date,
		List<Photo> photos) {

	/** An image of the gallery, with the caption it has there (else its own caption). */
	public record Photo(ImageView image, @Nullable String caption) {
	}

	public String path() {
		return "/galeries/" + slug;
	}

	public @Nullable Photo cover() {
		return photos.isEmpty() ? null : photos.get(0);
	}

}
