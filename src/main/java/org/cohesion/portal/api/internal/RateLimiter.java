package org.cohesion.portal.api.internal;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.cohesion.portal.platform.RateLimits;

/**
 * Requests per client address and minute: {@code limit} tokens refilled every minute, in
 * the application's one rate-limit mechanism ({@link RateLimits}, Bucket4j: shared by all
 * nodes on PostgreSQL, per node on H2).
 */
public class RateLimiter {

	private final int limit;

	private final RateLimits limits;

	private final BucketConfiguration configuration;

	public RateLimiter(int limit, RateLimits limits) {
		this.limit = limit;
		this.limits = limits;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, Duration.ofMinutes(1)).build())
			.build();
	}

	/**
	 * Counts one request from {@code address}.
	 * @return 0 if allowed, otherwise the seconds to wait before the next refill
	 */
	public long acquire(String address) {
		var probe = limits.bucket("api.ip", address, () -> configuration).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	public int limit() {
		return limit;
	}

}
