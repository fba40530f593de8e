package org.cohesion.portal.media.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.media.MediaRenditions;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers from the item's {@code webp} flag, remembered per content hash: a processed
 * image's derivatives never change (a new content is a new hash), and covers and pickers
 * only ever show processed images.
 */
@Component
class WebpRenditions implements MediaRenditions {

	private static final int REMEMBERED = 10_000;

	private final MediaItemRepository items;

	private final Map<String, Boolean> webp = new ConcurrentHashMap<>();

	WebpRenditions(MediaItemRepository items) {
		this.items = items;
	}

	@Override
	public @Nullable String webpSrcset(@Nullable String jpegPath) {
		String hash = MediaPaths.hashOf(jpegPath);
		if (hash == null) {
			return null;
		}
		Boolean made = webp.get(hash);
		if (made == null) {
			made = items.findFirstByContentHashStartingWith(hash).map(MediaItem::hasWebp).orElse(false);
			if (webp.size() > REMEMBERED) {
				webp.clear();
			}
			webp.put(hash, made);
		}
		return made ? MediaPaths.srcset(jpegPath.replace(".jpg", ".webp")) : null;
	}

}
