package org.cohesion.portal.identity;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.cohesion.portal.platform.RateLimits;

/**
 * Counts attempts per key (an IP address, an e-mail address) in a token bucket: the first
 * {@code limit} are free, then one more every {@code window / limit}. A flood is slowed
 * to that rate rather than stopped for a fixed time, and the counts are shared between
 * nodes when {@link RateLimits} is (PostgreSQL).
 */
public final class AttemptLimiter {

	private final RateLimits limits;

	private final String name;

	private final BucketConfiguration configuration;

	public AttemptLimiter(RateLimits limits, String name, int limit, Duration window) {
		this.limits = limits;
		this.name = name;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
			.build();
	}

	/** True when the next attempt would be over the limit. */
	public boolean isBlocked(String key) {
		return !bucket(key).estimateAbilityToConsume(1).canBeConsumed();
	}

	/** Counts one attempt; true if the key is blocked from now on. */
	public boolean record(String key) {
		var probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return !probe.isConsumed() || probe.getRemainingTokens() == 0;
	}

	/** Counts one attempt if allowed; false (nothing counted) when over the limit. */
	public boolean tryAcquire(String key) {
		return bucket(key).tryConsume(1);
	}

	/** How long until the next attempt is allowed (zero if it is now). */
	public Duration retryAfter(String key) {
		var estimate = bucket(key).estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(estimate.getNanosToWaitForRefill());
	}

	/** Forgets the key's attempts. */
	public void reset(String key) {
		bucket(key).reset();
	}

	private Bucket bucket(String key) {
		return limits.bucket(name, key, () -> configuration);
	}

}
