package org.cohesion.portal.newsletter.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.jspecify.annotations.Nullable;

/** View records of the subscribers' page. */
public final class SubscriberAdminViews {

	private SubscriberAdminViews() {
	}

	/** A subscriber line in the list. */
	public record SubscriberRow(long id, String email, SubscriberStatus status, String interests, String source,
			Instant createdAt, @Nullable Instant confirmedAt, int hardBounces) {
	}

	/** The list page. */
	public record ListPage(List<SubscriberRow> rows, String query, @Nullable SubscriberStatus status, int page,
			int pages, long total, List<long[]> counts, List<String> importErrors) {

		public long count(SubscriberStatus status) {
			return counts.stream().filter(c -> c[0] == status.ordinal()).mapToLong(c -> c[1]).sum();
		}

	}

}
