package org.cohesion.portal.news.editorial;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an editor needs first on the dashboard: their drafts, what waits for review, what
 * is scheduled, and the latest changes, each with its number in all.
 */
public record DeskOverview(List<Item> drafts, long draftCount, List<Item> review, long reviewCount,
		List<Item> scheduled, long scheduledCount, List<Item> recent) {

	/**
	 * An article as a line of the dashboard: {@code at} is the date that matters there.
	 */
	public record Item(long id, String title, @Nullable String who, Instant at) {
	}

}
