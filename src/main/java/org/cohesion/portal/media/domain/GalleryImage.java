package org.cohesion.portal.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** An image in a gallery, with the caption it has there. */
@Embeddable
public class GalleryImage {

	public static final int MAX_CAPTION = 500;

	@Column(nullable = false)
	private long mediaId;

	@Column(length = MAX_CAPTION)
	private @Nullable String caption;

	protected GalleryImage() {
	}

	public GalleryImage(long mediaId, @Nullable String caption) {
		this.mediaId = mediaId;
		this.caption = caption == null || caption.isBlank() ? null : caption.strip();
	}

	public long getMediaId() {
		return mediaId;
	}

	public @Nullable String getCaption() {
		return caption;
	}

}
