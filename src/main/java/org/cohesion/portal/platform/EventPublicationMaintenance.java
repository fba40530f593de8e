package org.cohesion.portal.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the promise of the event publication registry: an event whose listener failed (or
 * whose node stopped mid-way) is delivered again, and completed publications do not pile
 * up. Outstanding publications are also republished when a node starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); completed
 * ones move to {@code event_publication_archive}
 * ({@code spring.modulith.events.completion-mode=archive}), which is emptied of entries
 * older than {@code portal.events.keep-archived}.
 */
@Component
@ConditionalOnPortalRole // a casework node runs no event publication registry
class EventPublicationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration retryAfter;

	private final Duration keepArchived;

	EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${portal.events.retry-after:PT5M}") Duration retryAfter,
			@Value("${portal.events.keep-archived:P30D}") Duration keepArchived) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.retryAfter = retryAfter;
		this.keepArchived = keepArchived;
	}

	/** Delivers again what has been waiting for longer than {@code retryAfter}. */
	@Scheduled(fixedDelayString = "${portal.events.retry-every:PT1M}",
			initialDelayString = "${portal.events.retry-first-after:PT1M}")
	@SchedulerLock(name = "platform.resubmit-events", lockAtMostFor = "PT10M")
	void resubmitIncomplete() {
		incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
	}

	@Scheduled(cron = "${portal.events.purge-cron:0 17 3 * * *}")
	@SchedulerLock(name = "platform.purge-archived-events", lockAtMostFor = "PT30M")
	void purgeArchived() {
		completed.deletePublicationsOlderThan(keepArchived);
		log.debug("Archived event publications older than {} deleted", keepArchived);
	}

}
