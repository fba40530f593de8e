package org.cohesion.portal.media;

import java.time.Duration;

import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaStatus;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the library's background worker to finish an upload. No timing is asserted:
 * the deadline only turns a worker that never finishes into a failure instead of a hang.
 */
final class Processing {

	private Processing() {
	}

	/** The item uploaded under {@code originalName}, once no longer processing. */
	static MediaItem awaitProcessed(MediaItemRepository items, String originalName) {
		return await(originalName + " processed").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> items.findAll()
				.stream()
				.filter(found -> found.getOriginalName().equals(originalName))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no library item named " + originalName)),
					item -> item.getStatus() != MediaStatus.PROCESSING);
	}

}
