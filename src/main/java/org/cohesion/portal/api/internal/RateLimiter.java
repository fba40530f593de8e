package org.cohesion.portal.api.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per client address in fixed one-minute windows, in memory (per node: with N
 * nodes an address gets up to N times the limit; a restart forgets the counts). Bounded:
 * past {@link #MAX_ADDRESSES} addresses, windows that are over are dropped.
 */
public class RateLimiter {

	static final int MAX_ADDRESSES = 50_000;

	private static final long WINDOW_MILLIS = 60_000;

	private final int limit;

	private final Clock clock;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	public RateLimiter(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/**
	 * Counts one request from {@code address}.
	 * @return 0 if allowed, otherwise the seconds to wait before the next window
	 */
	public long acquire(String address) {
		long now = clock.millis();
		long start = now - now % WINDOW_MILLIS;
		if (windows.size() > MAX_ADDRESSES) {
			windows.values().removeIf(window -> window.start < start);
		}
		Window window = windows.compute(address,
				(key, current) -> current == null || current.start != start ? new Window(start) : current);
		if (window.count.incrementAndGet() <= limit) {
			return 0;
		}
		return Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000);
	}

	public int limit() {
		return limit;
	}

	private static final class Window {

		final long start;

		final AtomicInteger count = new AtomicInteger();

		Window(long start) {
			this.start = start;
		}

	}

}
