package org.cohesion.portal.newsletter.internal;

import java.time.Clock;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sending provider reports after the fact (signed notifications): a complaint
 * suppresses the address at once; a bounce marks the latest delivery, and a permanent one
 * counts towards the suppression limit.
 */
@Service
public class ProviderReports {

	private final SubscriberRepository subscribers;

	private final Deliveries deliveries;

	private final NewsletterProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	ProviderReports(SubscriberRepository subscribers, Deliveries deliveries, NewsletterProperties properties,
			AuditTrail audit, Clock clock) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Nothing happens for an unknown address. */
	@Transactional
	public void complaint(String email, String detail) {
		subscribers.findByEmail(Subscriber.normalise(email)).ifPresent(subscriber -> {
			subscriber.suppress("plainte : " + detail, clock.instant());
			audit.record("fournisseur d’envoi", null, "NEWSLETTER_COMPLAINT", "newsletter_subscriber",
					String.valueOf(subscriber.getId()), "Plainte reçue : adresse suspendue", null, null);
		});
	}

	@Transactional
	public void bounce(String email, String detail, boolean permanent) {
		subscribers.findByEmail(Subscriber.normalise(email)).ifPresent(subscriber -> {
			deliveries.bounced(subscriber.getId(), detail);
			if (permanent) {
				subscriber.hardBounce(properties.hardBounceLimit(), detail, clock.instant());
			}
		});
	}

}
