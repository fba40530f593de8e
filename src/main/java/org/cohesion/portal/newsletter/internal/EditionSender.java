package org.cohesion.portal.newsletter.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.mail.SendResult;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.IllegalEditionChange;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.Slugs;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that sends editions, run by the application's scheduler
 * ({@code @Scheduled}, every {@code poll-every}). Its guarantees:
 * <ul>
 * <li>one node sends an edition at a time: it holds the edition's lease
 * ({@code sender_run}, {@code lease_until}), taken by a conditional UPDATE and renewed
 * and checked before every batch; a node that lost it stops, and each of its SMTP
 * connections stops handing messages once the lease it holds runs out;
 * <li>a batch is shared between SMTP connections (lanes); each lane hands its rows in
 * order and records each answer as the relay gives it (QUEUED → SENDING, claimed → SENT
 * or retry or FAILED), before handing the next. A row found in SENDING by a later pass
 * was in flight only if it is the lowest of its lane: that one becomes UNCERTAIN and is
 * never sent again automatically, the others go back to the queue. So nobody gets an
 * edition twice, and a crash leaves at most one message per connection in doubt. A record
 * refused because the row is no longer the lane's (another node took over) stops the lane
 * at once;
 * <li>a relay that cannot be reached is an outage, not a verdict on the recipients: the
 * rows not handed go back to the queue with their attempts untouched, the edition pauses
 * (shown in the back office), the relay is probed again after a delay that grows with the
 * outage's length (from {@code probe-first} to {@code probe-max}), and the sending
 * resumes by itself. Nothing of an outage counts against a subscriber's bounce record;
 * <li>stopping the application lets each lane finish its message in flight and record it,
 * then gives the rest back, so an orderly restart leaves nothing in doubt.
 * </ul>
 * Tests call {@link #runOnce()} themselves with the job switched off.
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

	private final AtomicLong passes = new AtomicLong();

	private final ReentrantLock working = new ReentrantLock();

	/** One thread per SMTP connection of a batch. */
	private final ThreadPoolTaskExecutor lanes;

	private volatile boolean stopping;

	private volatile boolean running;

	/**
	 * Set once the application is ready: the first pass must not draft a month before the
	 * start-up runners (demo content, imports) have written its articles.
	 */
	private volatile boolean ready;

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
		int connections = Math.max(1, properties.sender().connections());
		this.lanes = new ThreadPoolTaskExecutor();
		lanes.setCorePoolSize(connections);
		lanes.setMaxPoolSize(connections);
		lanes.setQueueCapacity(connections);
		lanes.setThreadNamePrefix("newsletter-smtp-");
		lanes.setDaemon(true);
		lanes.initialize();
	}

	/** The job: a pass every {@code poll-every}, on the application's scheduler. */
	@Scheduled(fixedDelayString = "${portal.newsletter.sender.poll-every:PT15S}", initialDelayString = "PT1S")
	void poll() {
		if (!properties.sender().enabled() || !ready || stopping) {
			return;
		}
		try {
			runOnce();
		}
		catch (RuntimeException ex) {
			log.error("Newsletter sender pass failed; next pass in {}", properties.sender().pollEvery(), ex);
		}
	}

	/**
	 * Moves an edition to SENDING and queues one delivery per active subscriber, in one
	 * transaction; false if it was no longer a draft or scheduled (someone else started
	 * it).
	 */
	public boolean start(long editionId) {
		try {
			Boolean started = transactions.execute(status -> {
				Instant now = clock.instant();
				Edition edition = editions.findById(editionId).orElse(null);
				if (edition == null || !edition.getStatus().editable()) {
					return false;
				}
				int number = editions.maxNumber() + 1;
				edition.startSending(number, number + "-" + Slugs.slugify(edition.getTitle()), now);
				editions.saveAndFlush(edition);
				int queued = deliveries.queue(editionId, now);
				log.info("Newsletter edition {} (no. {}) queued for {} subscribers", editionId, number, queued);
				return true;
			});
			return Boolean.TRUE.equals(started);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException | IllegalEditionChange ex) {
			// another node (or editor) started it, or took the number, at the same moment
			return false;
		}
	}

	/** One pass: compose the month's draft if due, start what is scheduled, send. */
	public void runOnce() {
		working.lock();
		try {
			composer.composeIfDue();
			composer.purgeExpired();
			Instant now = clock.instant();
			List<Long> due = jdbc.queryForList(
					"select id from newsletter_edition where status = 'SCHEDULED' and scheduled_at <= ?", Long.class,
					Deliveries.ts(now));
			due.forEach(this::start);
			List<Long> sending = jdbc.queryForList(
					"select id from newsletter_edition where status = 'SENDING' order by started_at, id", Long.class);
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

	/**
	 * Takes or renews the lease; returns until when it is held, or null if another node
	 * holds it (or the edition is no longer sending).
	 */
	private @Nullable Instant lease(long editionId) {
		Instant now = clock.instant();
		Instant until = now.plus(properties.sender().lease());
		Integer taken = transactions.execute(status -> jdbc.update("update newsletter_edition set sender_run = ?, "
				+ "lease_until = ? where id = ? and status = 'SENDING' and (lease_until is null or lease_until < ? "
				+ "or sender_run = ?)", run, Deliveries.ts(until), editionId, Deliveries.ts(now), run));
		return taken != null && taken == 1 ? until : null;
	}

	private void releaseLease(long editionId) {
		transactions.executeWithoutResult(status -> jdbc.update("update newsletter_edition set sender_run = null, "
				+ "lease_until = null where id = ? and sender_run = ?", editionId, run));
	}

	private void send(long editionId) {
		Instant leaseUntil = lease(editionId);
		if (leaseUntil == null) {
			return;
		}
		try {
			Integer inDoubt = transactions.execute(status -> deliveries.recoverInterrupted(editionId));
			if (inDoubt != null && inDoubt > 0) {
				log.warn("Newsletter edition {}: {} deliveries were in flight when a previous sender stopped; "
						+ "marked uncertain, not sent again", editionId, inDoubt);
			}
			Edition edition = transactions.execute(status -> {
				Edition e = editions.findById(editionId).orElseThrow();
				e.getItems().size();
				return e;
			});
			if (edition.getRelayDownSince() != null && !relayAnswers(edition)) {
				return;
			}
			String pass = run + ":" + passes.incrementAndGet();
			Map<String, EditionRenderer.Rendered> rendered = new ConcurrentHashMap<>();
			int rate = Math.max(1, properties.sender().ratePerSecond());
			long startedNanos = System.nanoTime();
			long handed = 0;
			boolean first = true;
			while (!stopping) {
				if (!first) {
					leaseUntil = lease(editionId);
					if (leaseUntil == null) {
						log.warn("Newsletter edition {}: this node lost the sending lease; it stops sending",
								editionId);
						return;
					}
				}
				first = false;
				Instant now = clock.instant();
				List<List<Deliveries.Claimed>> batch = transactions.execute(status -> deliveries.claim(editionId, pass,
						now, properties.sender().batchSize(), properties.sender().connections()));
				if (batch == null || batch.isEmpty()) {
					break;
				}
				Batch outcome = sendBatch(editionId, edition, batch, rendered, leaseUntil);
				handed += outcome.handed();
				if (outcome.unreachable() != null) {
					pause(editionId, outcome.unreachable());
					return;
				}
				if (outcome.lost()) {
					log.warn("Newsletter edition {}: another node took the sending over; this one stops", editionId);
					return;
				}
				pace(startedNanos, handed, rate);
			}
			if (!stopping && lease(editionId) != null
					&& Long.valueOf(0).equals(transactions.execute(status -> deliveries.unfinished(editionId)))) {
				finish(editionId);
			}
		}
		finally {
			releaseLease(editionId);
		}
	}

	/**
	 * What became of a batch: how many messages were handed, and why it stopped early.
	 */
	private record Batch(long handed, @Nullable String unreachable, boolean lost) {
	}

	/**
	 * Each lane on its own SMTP connection; each answer recorded as it comes; what was
	 * not handed given back.
	 */
	private Batch sendBatch(long editionId, Edition edition, List<List<Deliveries.Claimed>> batch,
			Map<String, EditionRenderer.Rendered> rendered, Instant leaseUntil) {
		// stop handing with a margin before the lease runs out: a node taking over
		// afterwards finds at most the message in flight
		Instant deadline = leaseUntil.minus(properties.sender().lease().dividedBy(4));
		AtomicReference<@Nullable String> unreachable = new AtomicReference<>();
		AtomicLong handed = new AtomicLong();
		java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
		List<Future<?>> running = new ArrayList<>();
		for (List<Deliveries.Claimed> lane : batch) {
			running.add(lanes
				.submit(() -> sendLane(editionId, edition, lane, rendered, deadline, unreachable, handed, lost)));
		}
		for (Future<?> lane : running) {
			boolean interrupted = false;
			while (true) {
				try {
					lane.get();
					break;
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("Newsletter edition " + editionId + ": a sending lane failed",
							ex.getCause());
				}
				catch (InterruptedException ex) {
					// the lanes are on their way: let them record their message in flight
					stopping = true;
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		return new Batch(handed.get(), unreachable.get(), lost.get());
	}

	private void sendLane(long editionId, Edition edition, List<Deliveries.Claimed> lane,
			Map<String, EditionRenderer.Rendered> rendered, Instant deadline,
			AtomicReference<@Nullable String> unreachable, AtomicLong handed,
			java.util.concurrent.atomic.AtomicBoolean lost) {
		List<OutgoingMail> mails = new ArrayList<>(lane.size());
		for (Deliveries.Claimed delivery : lane) {
			EditionRenderer.Rendered parts = rendered.computeIfAbsent(delivery.interests(),
					interests -> renderer.render(edition, interests.isEmpty() ? Set.of() : Set.of(interests.split(",")),
							edition.getStartedAt()));
			mails.add(mail(editionId, delivery, parts));
		}
		int[] answered = { 0 };
		mailer.sendEach(mails, (index, result) -> {
			answered[0] = index + 1;
			Deliveries.Claimed delivery = lane.get(index);
			if (result.outcome() == SendResult.Outcome.UNREACHABLE) {
				// not handed: given back below with the rest
				answered[0] = index;
				unreachable.compareAndSet(null, result.detail());
				return false;
			}
			handed.incrementAndGet();
			if (!record(delivery, result)) {
				lost.set(true);
				return false;
			}
			return !stopping && !lost.get() && unreachable.get() == null && clock.instant().isBefore(deadline);
		});
		List<Deliveries.Claimed> notHanded = lane.subList(answered[0], lane.size());
		if (!notHanded.isEmpty()) {
			deliveries.release(notHanded);
		}
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

	/**
	 * One answer of the relay, recorded at once (its own short transaction); false if the
	 * row is no longer this lane's.
	 */
	private boolean record(Deliveries.Claimed delivery, SendResult result) {
		Instant now = clock.instant();
		int attempts = delivery.attempts() + 1;
		return switch (result.outcome()) {
			case ACCEPTED -> deliveries.sent(delivery, now);
			case TEMPORARY ->
				attempts >= properties.sender().maxAttempts() ? deliveries.failed(delivery, attempts, result.detail())
						: deliveries.retryLater(delivery, attempts, now.plus(backoff(attempts)), result.detail());
			case PERMANENT -> Boolean.TRUE.equals(transactions.execute(status -> {
				boolean mine = deliveries.failed(delivery, attempts, result.detail());
				if (mine) {
					deliveries.hardBounce(delivery.subscriberId(), properties.hardBounceLimit(), result.detail(), now);
				}
				return mine;
			}));
			case UNANSWERED -> deliveries.unanswered(delivery, result.detail());
			case UNREACHABLE -> throw new IllegalStateException("an unreachable relay hands nothing");
		};
	}

	/** 1, 4, 16, 64 minutes… (with the default first delay), at most six hours. */
	Duration backoff(int attempts) {
		Duration delay = properties.sender().retryAfter().multipliedBy((long) Math.pow(4, attempts - 1));
		return delay.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : delay;
	}

	/**
	 * The next probe of a relay down for {@code downFor}: a quarter of the outage so far,
	 * between {@code probe-first} and {@code probe-max}. Measured in time, not in
	 * attempts: the edition waits as long as the outage lasts.
	 */
	Duration probeDelay(Duration downFor) {
		Duration first = properties.sender().probeFirst();
		Duration max = properties.sender().probeMax();
		Duration delay = downFor.dividedBy(4);
		return delay.compareTo(first) < 0 ? first : delay.compareTo(max) > 0 ? max : delay;
	}

	private void pause(long editionId, String error) {
		transactions.executeWithoutResult(status -> {
			Edition edition = editions.findById(editionId).orElseThrow();
			Instant now = clock.instant();
			Instant since = edition.getRelayDownSince() == null ? now : edition.getRelayDownSince();
			edition.relayDown(error, now.plus(probeDelay(Duration.between(since, now))), now);
			if (since.equals(now)) {
				log.warn("Newsletter edition {} paused: the SMTP relay is out of reach ({}); next try at {}", editionId,
						error, edition.getRelayNextProbe());
			}
		});
	}

	/**
	 * A paused edition: waits for its next probe, then asks the relay. True when the
	 * relay answers (the edition resumes).
	 */
	private boolean relayAnswers(Edition paused) {
		Instant now = clock.instant();
		if (paused.waitsForRelay(now)) {
			return false;
		}
		var problem = mailer.relayProblem();
		if (problem.isPresent()) {
			pause(paused.getId(), problem.get());
			return false;
		}
		transactions.executeWithoutResult(status -> {
			Edition edition = editions.findById(paused.getId()).orElseThrow();
			log.info("Newsletter edition {}: the SMTP relay answers again (out of reach since {}); sending resumes",
					edition.getId(), edition.getRelayDownSince());
			edition.relayBack();
		});
		return true;
	}

	private void finish(long editionId) {
		transactions.executeWithoutResult(status -> {
			Edition edition = editions.findById(editionId).orElseThrow();
			edition.finishSending(clock.instant());
		});
		log.info("Newsletter edition {} sent: {}", editionId, deliveries.figures(editionId));
	}

	private void pace(long startedNanos, long handed, int rate) {
		long due = startedNanos + handed * 1_000_000_000L / rate;
		long wait = due - System.nanoTime();
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stopping = true;
			}
		}
	}

	@jakarta.annotation.PreDestroy
	void shutdownLanes() {
		lanes.shutdown();
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		ready = true;
	}

	@Override
	public void start() {
		stopping = false;
		running = true;
	}

	/**
	 * Lets the pass in progress record its messages in flight and give the rest back
	 * (each lane stops after its current message), then no new pass starts. No longer
	 * running from the moment it is asked to stop.
	 */
	@Override
	public void stop() {
		stopping = true;
		running = false;
		try {
			if (working.tryLock(30, TimeUnit.SECONDS)) {
				working.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops before the scheduler, the web server and the database (higher phases first).
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 10;
	}

}
