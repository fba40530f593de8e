package org.cohesion.portal.newsletter.internal;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.stereotype.Component;

/**
 * The public forms' limits, per client address (an hour) and per e-mail address (a day),
 * so the form cannot flood a third party's mailbox. Kept in the application's one
 * rate-limit mechanism ({@link org.cohesion.portal.platform.RateLimits}, Bucket4j):
 * shared by every node on PostgreSQL, per node on H2.
 */
@Component
public class RateLimits {

	private final org.cohesion.portal.platform.RateLimits limits;

	private final BucketConfiguration perIp;

	private final BucketConfiguration perEmail;

	RateLimits(org.cohesion.portal.platform.RateLimits limits, NewsletterProperties properties) {
		this.limits = limits;
		this.perIp = window(properties.limits().perIpPerHour(), Duration.ofHours(1));
		this.perEmail = window(properties.limits().perEmailPerDay(), Duration.ofDays(1));
	}

	private static BucketConfiguration window(int limit, Duration period) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
			.build();
	}

	/** Counts a request from this client address; false when over the hourly limit. */
	public boolean allowIp(String ip) {
		return limits.bucket("newsletter.ip", ip, () -> perIp).tryConsume(1);
	}

	/**
	 * Counts an e-mail about to be sent to this address; false when over the daily limit.
	 */
	public boolean allowEmail(String email) {
		return limits.bucket("newsletter.email", email, () -> perEmail).tryConsume(1);
	}

	/** Forgets every count (tests). */
	public void clear() {
		limits.forgetAll();
	}

}
