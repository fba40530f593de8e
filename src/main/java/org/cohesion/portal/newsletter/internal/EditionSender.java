package org.cohesion.portal.newsletter.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.mail.SendResult;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that sends editions. Its guarantees:
 * <ul>
 * <li>one node sends an edition at a time: it must hold the edition's lease
 * ({@code sender_run}, {@code lease_until}), taken and renewed by a conditional UPDATE;
 * <li>each delivery row goes QUEUED → SENDING (committed before the message is handed to
 * SMTP) → SENT (committed after the server accepted it);
 * <li>a row found in SENDING by a later run was in flight when the previous run died: it
 * becomes UNCERTAIN and is never sent again automatically. So nobody gets an edition
 * twice; the price of a crash is at most one batch ({@code batch-size}) whose fate is
 * unknown, which the back office shows and an editor may choose to send again;
 * <li>stopping the application lets the batch in progress finish and be recorded, so an
 * orderly restart leaves nothing in doubt.
 * </ul>
 * Tests call {@link #runOnce()} themselves with the loop switched off.
 */
@Component
public class EditionSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EditionSender.class);

	private final EditionRepository editions;

	private final Deliveries deliveries;

	private final EditionRenderer renderer;

	private final EditionComposer composer;

	private final Links links;

	private final Mailer mailer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final NewsletterProperties properties;

	private final Clock clock;

	private final String host;

	/** This process's identity in the lease and the claims: a restart is a new run. */
	private final String run = UUID.randomUUID().toString();

	private final ReentrantLock working = new ReentrantLock();

	private final java.util.concurrent.ExecutorService smtpConnections;

	private volatile boolean stopping;

	private volatile Thread loop;

	/**
	 * Released once the application is ready: the first pass must not draft a month
	 * before the start-up runners (demo content, imports) have written its articles.
	 */
	private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

	EditionSender(EditionRepository editions, Deliveries deliveries, EditionRenderer renderer, EditionComposer composer,
			Links links, Mailer mailer, JdbcTemplate jdbc, TransactionTemplate transactions,
			NewsletterProperties properties, PlatformProperties platform, Clock clock) {
		this.editions = editions;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.composer = composer;
		this.links = links;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		String h = URI.create(platform.baseUrlWithoutSlash()).getHost();
		this.host = h == null ? "localhost" : h;
		this.smtpConnections = java.util.concurrent.Executors
			.newFixedThreadPool(Math.max(1, properties.sender().connections()), task -> {
				Thread thread = new Thread(task, "newsletter-smtp");
				thread.setDaemon(true);
				return thread;
			});
	}

	/**
	 * Moves an edition to SENDING and queues one delivery per active subscriber, in one
	 * transaction; false if it was no longer a draft or scheduled (someone else started
	 * it).
	 */
	public boolean start(long editionId) {
		Boolean started = transactions.execute(status -> {
			Instant now = clock.instant();
			int number = editions.maxNumber() + 1;
			String title = jdbc.queryForObject("select title from newsletter_edition where id = ?", String.class,
					editionId);
			String slug = number + "-" + Slugs.slugify(title == null ? "lettre" : title);
			int changed = jdbc.update("update newsletter_edition set status = 'SENDING', started_at = ?, number = ?, "
					+ "slug = ?, version = version + 1, updated_at = ? where id = ? and status in ('DRAFT', 'SCHEDULED')",
					Deliveries.ts(now), number, slug, Deliveries.ts(now), editionId);
			if (changed == 0) {
				return false;
			}
			int queued = deliveries.queue(editionId, now);
			log.info("Newsletter edition {} (no. {}) queued for {} subscribers", editionId, number, queued);
			return true;
		});
		return Boolean.TRUE.equals(started);
	}

	/** One pass: compose the month's draft if due, start what is scheduled, send. */
	public void runOnce() {
		working.lock();
		try {
			composer.composeIfDue();
			composer.purgeExpired();
			Instant now = clock.instant();
			List<Long> due = jdbc.queryForList(
					"select id from newsletter_edition where status = 'SCHEDULED' and " + "scheduled_at <= ?",
					Long.class, Deliveries.ts(now));
			due.forEach(this::start);
			List<Long> sending = jdbc.queryForList(
					"select id from newsletter_edition where status = 'SENDING' " + "order by started_at, id",
					Long.class);
			for (long id : sending) {
				if (stopping) {
					return;
				}
				send(id);
			}
		}
		finally {
			working.unlock();
		}
	}

	private boolean acquireLease(long editionId) {
		Instant now = clock.instant();
		Integer taken = transactions.execute(status -> jdbc.update("update newsletter_edition set sender_run = ?, "
				+ "lease_until = ? where id = ? and status = 'SENDING' and (lease_until is null or lease_until < ? "
				+ "or sender_run = ?)", run, Deliveries.ts(now.plus(properties.sender().lease())), editionId,
				Deliveries.ts(now), run));
		return taken != null && taken == 1;
	}

	private void releaseLease(long editionId) {
		transactions.executeWithoutResult(status -> jdbc.update("update newsletter_edition set sender_run = null, "
				+ "lease_until = null where id = ? and sender_run = ?", editionId, run));
	}

	private void send(long editionId) {
		if (!acquireLease(editionId)) {
			return;
		}
		try {
			Integer inDoubt = transactions.execute(status -> deliveries.markInDoubt(editionId, run));
			if (inDoubt != null && inDoubt > 0) {
				log.warn("Newsletter edition {}: {} deliveries were in flight when a previous sender stopped; "
						+ "marked uncertain, not sent again", editionId, inDoubt);
			}
			Edition edition = transactions.execute(status -> {
				Edition e = editions.findById(editionId).orElseThrow();
				e.getItems().size();
				return e;
			});
			Map<String, EditionRenderer.Rendered> rendered = new HashMap<>();
			int rate = Math.max(1, properties.sender().ratePerSecond());
			long startedNanos = System.nanoTime();
			long handed = 0;
			while (!stopping) {
				Instant now = clock.instant();
				List<Deliveries.Claimed> batch = transactions
					.execute(status -> deliveries.claim(editionId, run, now, properties.sender().batchSize()));
				if (batch == null || batch.isEmpty()) {
					break;
				}
				List<OutgoingMail> mails = new ArrayList<>(batch.size());
				for (Deliveries.Claimed delivery : batch) {
					EditionRenderer.Rendered parts = rendered.computeIfAbsent(delivery.interests(),
							interests -> renderer.render(edition,
									interests.isEmpty() ? Set.of() : Set.of(interests.split(",")),
									edition.getStartedAt()));
					mails.add(mail(editionId, delivery, parts));
				}
				List<SendResult> results = sendInParallel(mails);
				boolean serverDown = results.stream()
					.allMatch(r -> r.outcome() == SendResult.Outcome.TEMPORARY
							&& !r.detail().matches("(?s)^[45]\\d\\d .*"));
				transactions.executeWithoutResult(status -> record(editionId, batch, results));
				handed += batch.size();
				if (serverDown) {
					log.warn("Newsletter edition {}: the SMTP server is out of reach ({}); retrying later", editionId,
							results.get(0).detail());
					break;
				}
				acquireLease(editionId);
				pace(startedNanos, handed, rate);
			}
			if (!stopping && transactions.execute(status -> deliveries.unfinished(editionId)) == 0) {
				finish(editionId);
			}
		}
		finally {
			releaseLease(editionId);
		}
	}

	/**
	 * Splits the batch between {@code connections} SMTP connections sent at once; the
	 * results come back in the batch's order.
	 */
	private List<SendResult> sendInParallel(List<OutgoingMail> mails) {
		int connections = Math.max(1, Math.min(properties.sender().connections(), mails.size()));
		if (connections == 1) {
			return mailer.sendAll(mails);
		}
		int share = (mails.size() + connections - 1) / connections;
		List<java.util.concurrent.Future<List<SendResult>>> parts = new ArrayList<>();
		for (int from = 0; from < mails.size(); from += share) {
			List<OutgoingMail> part = mails.subList(from, Math.min(mails.size(), from + share));
			parts.add(smtpConnections.submit(() -> mailer.sendAll(part)));
		}
		List<SendResult> results = new ArrayList<>(mails.size());
		for (var part : parts) {
			while (true) {
				try {
					results.addAll(part.get());
					break;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException("SMTP batch failed", ex.getCause());
				}
				catch (InterruptedException ex) {
					// the batch is on its way: wait for it and record it, then stop
					stopping = true;
				}
			}
		}
		return results;
	}

	private OutgoingMail mail(long editionId, Deliveries.Claimed delivery, EditionRenderer.Rendered parts) {
		String unsubscribe = links.unsubscribeUrl(delivery.subscriberId());
		EditionRenderer.Rendered personal = parts.personal(unsubscribe, links.manageUrl(delivery.subscriberId()));
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		// The same Message-ID for the same edition and recipient, whatever happens: a
		// message sent again (an editor's explicit re-send of uncertain deliveries) can
		// be recognised as the same one.
		headers.put("Message-ID", "<edition-" + editionId + "." + delivery.subscriberId() + "@" + host + ">");
		headers.put("List-Id", "<lettre." + host + ">");
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		headers.put("Precedence", "bulk");
		return new OutgoingMail(delivery.email(), personal.subject(), personal.text(), personal.html(), headers);
	}

	private void record(long editionId, List<Deliveries.Claimed> batch, List<SendResult> results) {
		Instant now = clock.instant();
		List<Long> sent = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Deliveries.Claimed delivery = batch.get(i);
			SendResult result = results.get(i);
			int attempts = delivery.attempts() + 1;
			switch (result.outcome()) {
				case ACCEPTED -> sent.add(delivery.id());
				case TEMPORARY -> {
					if (attempts >= properties.sender().maxAttempts()) {
						deliveries.failed(delivery.id(), run, attempts, result.detail());
					}
					else {
						deliveries.retryLater(delivery.id(), run, attempts, now.plus(backoff(attempts)),
								result.detail());
					}
				}
				case PERMANENT -> {
					deliveries.failed(delivery.id(), run, attempts, result.detail());
					deliveries.hardBounce(delivery.subscriberId(), properties.hardBounceLimit(), result.detail(), now);
				}
			}
		}
		deliveries.sent(sent, run, now);
	}

	/** 1, 4, 16, 64 minutes… (with the default first delay), at most six hours. */
	Duration backoff(int attempts) {
		Duration delay = properties.sender().retryAfter().multipliedBy((long) Math.pow(4, attempts - 1));
		return delay.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : delay;
	}

	private void finish(long editionId) {
		transactions.executeWithoutResult(status -> jdbc.update(
				"update newsletter_edition set status = 'SENT', "
						+ "finished_at = ?, version = version + 1 where id = ? and status = 'SENDING'",
				Deliveries.ts(clock.instant()), editionId));
		log.info("Newsletter edition {} sent: {}", editionId, deliveries.figures(editionId));
	}

	private void pace(long startedNanos, long handed, int rate) {
		long due = startedNanos + handed * 1_000_000_000L / rate;
		long wait = due - System.nanoTime();
		if (wait > 0) {
			try {
				Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stopping = true;
			}
		}
	}

	// The loop: a platform thread of its own, so that stopping can wait for the batch in
	// progress to be recorded (a shared scheduler would interrupt it).

	@Override
	public void start() {
		if (!properties.sender().enabled()) {
			return;
		}
		stopping = false;
		Thread thread = new Thread(() -> {
			try {
				ready.await();
			}
			catch (InterruptedException ex) {
				return;
			}
			while (!stopping) {
				try {
					runOnce();
				}
				catch (RuntimeException ex) {
					log.error("Newsletter sender pass failed; next pass in {}", properties.sender().pollEvery(), ex);
				}
				try {
					Thread.sleep(properties.sender().pollEvery().toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "newsletter-sender");
		thread.setDaemon(true);
		loop = thread;
		thread.start();
	}

	@Override
	public void stop() {
		stopping = true;
		Thread thread = loop;
		if (thread != null) {
			if (!working.isLocked()) {
				thread.interrupt();
			}
			try {
				thread.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			loop = null;
		}
	}

	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void applicationReady() {
		ready.countDown();
	}

	@jakarta.annotation.PreDestroy
	void shutdownConnections() {
		smtpConnections.shutdown();
	}

	@Override
	public boolean isRunning() {
		return loop != null;
	}

	/** Stops before the web server and the database go (higher phases stop first). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 10;
	}

}
