package org.cohesion.portal.newsletter.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.cohesion.portal.newsletter.domain.Consent;
import org.cohesion.portal.newsletter.domain.ConsentRepository;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.internal.EditionComposer;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demonstration a newsletter to try: a few subscribers (addresses under
 * {@code demo.example}, whose mail lands in the development outbox), last month's draft
 * with its articles, and the month before sent, so that the public archive has a number.
 * Runs after the articles exist; the sender's first pass waits for it.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class NewsletterDemoContent implements ApplicationRunner {

	private static final List<String> SUBSCRIBERS = List.of("awa.kone@demo.example", "yao.kouassi@demo.example",
			"fatou.traore@demo.example", "jean-marc.ble@demo.example", "aminata.diallo@demo.example",
			"serge.ahoua@demo.example");

	private static final String SOURCE = "Démonstration";

	private final SubscriberRepository subscribers;

	private final ConsentRepository consents;

	private final EditionRepository editions;

	private final EditionComposer composer;

	private final EditionSender sender;

	private final TransactionTemplate transactions;

	private final PlatformProperties platform;

	private final Clock clock;

	NewsletterDemoContent(SubscriberRepository subscribers, ConsentRepository consents, EditionRepository editions,
			EditionComposer composer, EditionSender sender, TransactionTemplate transactions,
			PlatformProperties platform, Clock clock) {
		this.subscribers = subscribers;
		this.consents = consents;
		this.editions = editions;
		this.composer = composer;
		this.sender = sender;
		this.transactions = transactions;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			if (subscribers.count() > 0) {
				return;
			}
			for (String email : SUBSCRIBERS) {
				Subscriber subscriber = subscribers.save(Subscriber.imported(email, List.of(), SOURCE, now));
				consents.save(new Consent(subscriber.getId(), now, null, SOURCE,
						"Abonné fictif créé avec le contenu de démonstration."));
			}
		});
		if (editions.count() > 0) {
			return;
		}
		YearMonth lastMonth = YearMonth.now(clock.withZone(platform.timeZone())).minusMonths(1);
		Edition earlier = transactions.execute(status -> composer.compose(lastMonth.minusMonths(1)));
		transactions.executeWithoutResult(status -> composer.compose(lastMonth));
		if (earlier != null) {
			// delivered to the outbox by the sender's first pass, then listed in the
			// archive
			sender.start(earlier.getId());
		}
	}

}
