package org.cohesion.portal.newsletter.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.newsletter.domain.EditionStatus;
import org.cohesion.portal.newsletter.internal.Deliveries.Figures;
import org.jspecify.annotations.Nullable;

/** View records of the newsletter's back office. */
public final class EditionAdminViews {

	private EditionAdminViews() {
	}

	public record Row(long id, String title, EditionStatus status, @Nullable Integer number, Instant createdAt,
			@Nullable Instant scheduledAt, @Nullable Instant startedAt, Figures figures) {
	}

	public record ItemRow(long id, String title, String sectionName, String path, boolean hasImage) {
	}

	/**
	 * @param secondsLeft estimated from the pace so far, or -1 when unknown
	 * @param relayDownSince set while the sending waits for the SMTP relay
	 */
	public record Progress(Figures figures, long secondsLeft, List<String[]> errors, @Nullable Instant relayDownSince,
			@Nullable Instant relayNextProbe, @Nullable String relayError) {

		public int percent() {
			return figures.total() == 0 ? 100 : (int) (figures.done() * 100 / figures.total());
		}

	}

	public record EditPage(long id, String title, String intro, long version, EditionStatus status,
			@Nullable Integer number, @Nullable Instant scheduledAt, List<ItemRow> items, List<ArticleSummary> articles,
			Progress progress, @Nullable String error, long activeSubscribers) {

		public boolean editable() {
			return status.editable();
		}

	}

}
