package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sliding-window counters for the public forms, per client address and per e-mail
 * address, kept in this node's memory: with N nodes behind a balancer a determined sender
 * gets at most N times the limit, and a restart forgets. Good enough against someone
 * using the form to flood a third party's mailbox; a shared store (the database) is the
 * upgrade path if that changes.
 */
@Component
public class RateLimits {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

	private final Clock clock;

	private final NewsletterProperties.Limits limits;

	RateLimits(Clock clock, NewsletterProperties properties) {
		this.clock = clock;
		this.limits = properties.limits();
	}

	/** Counts a request from this client address; false when over the hourly limit. */
	public boolean allowIp(String ip) {
		return allow("ip:" + ip, limits.perIpPerHour(), Duration.ofHours(1));
	}

	/**
	 * Counts an e-mail about to be sent to this address; false when over the daily limit.
	 */
	public boolean allowEmail(String email) {
		return allow("mail:" + email, limits.perEmailPerDay(), Duration.ofDays(1));
	}

	private boolean allow(String key, int limit, Duration window) {
		Instant now = clock.instant();
		if (hits.size() > MAX_KEYS) {
			sweep(now);
		}
		Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private void sweep(Instant now) {
		Instant dayAgo = now.minus(Duration.ofDays(1));
		for (Iterator<Map.Entry<String, Deque<Instant>>> it = hits.entrySet().iterator(); it.hasNext();) {
			Deque<Instant> times = it.next().getValue();
			synchronized (times) {
				if (times.isEmpty() || !times.peekLast().isAfter(dayAgo)) {
					it.remove();
				}
			}
		}
	}

	/** Forgets everything (tests). */
	public void clear() {
		hits.clear();
	}

}
