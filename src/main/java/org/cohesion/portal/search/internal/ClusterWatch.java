package org.cohesion.portal.search.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManagerFactory;

import org.cohesion.portal.search.RebuildProgress.State;
import org.cohesion.portal.search.internal.SearchProperties.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On OpenSearch, what Hibernate Search's schema management did at start-up, done so that
 * a node starts, and keeps serving, while the cluster is down: every
 * {@code check-interval}, in a thread of its own, the indexes are created if missing and
 * validated otherwise ({@code createOrValidate}). The first check is made at start-up,
 * which waits for it {@code startup-wait} at most (a refused connection ends it at once).
 * <p>
 * When a check succeeds after none did (start-up, or the end of an outage), the node:
 * lets its agent write documents ({@link IndexWriteGate}), rebuilds the indexes if they
 * hold no document (once across the nodes: {@link IndexMaintenance}'s lock) or if a
 * rebuild of this node's failed, and takes up again the indexing events that Hibernate
 * Search gave up during the outage (status {@code ABORTED} at an event's third failure):
 * so a change saved during an outage of any length is indexed when the cluster comes
 * back. When a check fails after one succeeded, writes are refused again until the next
 * success (a cluster that comes back empty gets its indexes before any document).
 * <p>
 * A check that fails because the indexes do not match the mapping (they were made by
 * another version) keeps search DOWN, with the reason in the log and the health details,
 * where a node used to refuse to start.
 */
@Component
class ClusterWatch implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ClusterWatch.class);

	/**
	 * Checks after the cluster came back that take up given-up events again: an event
	 * whose attempt was under way when writes were let through may be given up just after
	 * the first pass.
	 */
	private static final int REPROCESS_PASSES = 2;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchProperties properties;

	private final IndexMaintenance maintenance;

	private final IndexWriteGate gate;

	private volatile boolean ready;

	private volatile String problem = "the cluster has not been checked yet";

	private boolean rebuildPending;

	private int reprocessPasses;

	private @Nullable ScheduledExecutorService checks;

	ClusterWatch(EntityManagerFactory entityManagerFactory, SearchProperties properties, IndexMaintenance maintenance,
			IndexWriteGate gate) {
		this.entityManagerFactory = entityManagerFactory;
		this.properties = properties;
		this.maintenance = maintenance;
		this.gate = gate;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (properties.backend() != Backend.OPENSEARCH) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "search-cluster-watch");
			thread.setDaemon(true);
			return thread;
		});
		checks = executor;
		Duration wait = properties.opensearch().startupWait();
		long started = System.nanoTime();
		Future<?> first = executor.submit(this::check);
		try {
			first.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("No answer from the search cluster within {} ms: starting without it, search unavailable",
					wait.toMillis());
		}
		catch (ExecutionException ex) {
			log.error("The first check of the search cluster failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Search cluster checked at start-up in {} ms: {}",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), ready ? "ready" : problem);
		long interval = properties.opensearch().checkInterval().toMillis();
		executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
	}

	/** Whether the indexes were created or validated at the last check. */
	boolean ready() {
		return ready;
	}

	/** Why they were not, at the last check; null when they were. */
	@Nullable String problem() {
		return ready ? null : problem;
	}

	/** One check; never throws (a scheduled task that throws is not run again). */
	void check() {
		try {
			boolean succeeded = createOrValidate();
			if (succeeded && !ready) {
				gate.open();
				ready = true;
				log.info("Search cluster ready: indexes created or validated");
				rebuildPending = properties.rebuildWhenMissing();
				reprocessPasses = REPROCESS_PASSES;
			}
			else if (!succeeded && ready) {
				ready = false;
				gate.close();
				log.warn("Search cluster unavailable: {}", problem);
			}
			if (ready && rebuildPending) {
				// a rebuild of this node's that the outage broke is started again; empty
				// indexes (new, or a cluster that came back without its data) are
				// rebuilt by one node
				if (maintenance.progress().state() == State.FAILED) {
					maintenance.rebuild();
				}
				else {
					maintenance.rebuildWhenMissing();
				}
				rebuildPending = false;
			}
			if (ready && reprocessPasses > 0) {
				int again = Search.mapping(entityManagerFactory)
					.extension(OutboxPollingExtension.get())
					.reprocessAbortedEvents();
				reprocessPasses--;
				if (again > 0) {
					log.info("{} indexing events given up during the search outage are being indexed again", again);
				}
			}
		}
		catch (RuntimeException ex) {
			// tried again at the next check
			log.error("Checking the search cluster failed", ex);
		}
	}

	private boolean createOrValidate() {
		try {
			Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().createOrValidate();
			return true;
		}
		catch (RuntimeException ex) {
			String now = ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage());
			if (!now.equals(problem)) {
				log.warn("Search indexes not created or validated: {}", now);
			}
			problem = now;
			return false;
		}
	}

	/** Hibernate Search's failure report (its cause on the last lines) on one line. */
	private static String oneLine(@Nullable String message) {
		if (message == null) {
			return "";
		}
		String line = message.replaceAll("\\s+", " ").strip();
		return line.length() <= 600 ? line : line.substring(0, 600) + "…";
	}

	@Override
	public void destroy() {
		if (checks != null) {
			checks.shutdownNow();
		}
	}

}
