package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.util.List;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.newsletter.NewsletterSending;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's actions on an edition being or having been sent, one transaction
 * each; and the published view of the sending for the rest of the back office.
 */
@Service
public class EditionDesk implements NewsletterSending {

	/** Which deliveries an editor may send again. */
	public enum Resend {

		/** Left in doubt by a crash or a broken connection: some may get it twice. */
		UNCERTAIN,
		/** Refused by the relay, or given up after the retries (an outage ended). */
		FAILED

	}

	private final EditionRepository editions;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	EditionDesk(EditionRepository editions, Deliveries deliveries, AuditTrail audit, Clock clock) {
		this.editions = editions;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Queues the chosen deliveries again, knowingly (the editor confirmed); the edition
	 * goes back to SENDING until they have an outcome. Returns how many.
	 */
	@Transactional
	public int resend(long editionId, Resend which, String actor, String ip) {
		Edition edition = editions.findById(editionId).orElseThrow(() -> new NotFoundException("edition " + editionId));
		int count = deliveries.requeue(editionId, which.name(), clock.instant());
		if (count == 0) {
			return 0;
		}
		edition.reopenForResend(clock.instant());
		audit.record(actor, ip, "NEWSLETTER_" + which.name() + "_REQUEUED", "newsletter_edition",
				String.valueOf(editionId),
				count + (which == Resend.UNCERTAIN ? " envois incertains" : " envois en échec") + " remis en file",
				null, null);
		return count;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RelayOutage> relayOutages() {
		return editions.findWaitingForRelay()
			.stream()
			.map(e -> new RelayOutage(e.getId(), e.getTitle(), java.util.Objects.requireNonNull(e.getRelayDownSince()),
					e.getRelayNextProbe(), e.getRelayError() == null ? "" : e.getRelayError(),
					"/admin/lettre/" + e.getId()))
			.toList();
	}

}
