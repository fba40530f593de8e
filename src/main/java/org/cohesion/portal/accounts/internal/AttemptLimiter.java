package org.cohesion.portal.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an IP address, an e-mail address) in a sliding window: past
 * the limit, the key is blocked for a while. Held in memory: see docs/SECURITY.md for
 * why, and what it means with several nodes.
 */
public final class AttemptLimiter {

	/**
	 * Beyond this many keys, stale ones are dropped so a flood cannot fill the memory.
	 */
	private static final int MAX_KEYS = 50_000;

	private final int limit;

	private final Duration window;

	private final Duration block;

	private final Clock clock;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

	public AttemptLimiter(int limit, Duration window, Duration block, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.block = block;
		this.clock = clock;
	}

	public boolean isBlocked(String key) {
		Instant until = blockedUntil.get(key);
		if (until == null) {
			return false;
		}
		if (until.isAfter(clock.instant())) {
			return true;
		}
		blockedUntil.remove(key, until);
		return false;
	}

	/** Counts one attempt; true if the key is now blocked. */
	public boolean record(String key) {
		Instant now = clock.instant();
		if (attempts.size() > MAX_KEYS) {
			prune(now);
		}
		Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.removeFirst();
			}
			if (times.size() >= limit) {
				blockedUntil.put(key, now.plus(block));
				times.clear();
				return true;
			}
		}
		return false;
	}

	private void prune(Instant now) {
		attempts.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(now.minus(window));
			}
		});
		blockedUntil.values().removeIf(until -> !until.isAfter(now));
	}

}
