package org.cohesion.portal.media;

import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaStatus;

/**
 * Waits for the library's background worker to finish an upload. No timing is asserted:
 * the deadline only turns a worker that never finishes into a failure instead of a hang.
 */
final class Processing {

	private static final int POLLS = 600;

	private static final long POLL_MILLIS = 100;

	private Processing() {
	}

	/** The item uploaded under {@code originalName}, once no longer processing. */
	static MediaItem awaitProcessed(MediaItemRepository items, String originalName) throws InterruptedException {
		for (int i = 0; i < POLLS; i++) {
			MediaItem item = items.findAll()
				.stream()
				.filter(found -> found.getOriginalName().equals(originalName))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no library item named " + originalName));
			if (item.getStatus() != MediaStatus.PROCESSING) {
				return item;
			}
			Thread.sleep(POLL_MILLIS);
		}
		throw new AssertionError(originalName + " still processing after " + POLLS * POLL_MILLIS / 1000 + " s");
	}

}
