package org.cohesion.portal.accounts.internal;

import java.time.Duration;

import org.cohesion.portal.identity.AttemptLimiter;
import org.cohesion.portal.platform.RateLimits;
import org.springframework.stereotype.Component;

/**
 * The limits of the password reset page, so it cannot be used to flood someone's mailbox
 * (sign-in failures: {@code identity.SignInThrottle}). Bucket4j buckets
 * ({@link RateLimits}): shared between nodes on PostgreSQL.
 */
@Component
public class Throttles {

	private final AttemptLimiter resetRequestsPerIp;

	private final AttemptLimiter resetRequestsPerAddress;

	Throttles(RateLimits limits) {
		this.resetRequestsPerIp = new AttemptLimiter(limits, "accounts.reset.ip", 10, Duration.ofHours(1));
		this.resetRequestsPerAddress = new AttemptLimiter(limits, "accounts.reset.email", 3, Duration.ofHours(1));
	}

	/**
	 * Counts a reset request; false when it must be dropped (silently: the answer is the
	 * same either way).
	 */
	public boolean resetRequestAllowed(String ip, String email) {
		if (resetRequestsPerIp.isBlocked(ip) || resetRequestsPerAddress.isBlocked(email)) {
			return false;
		}
		resetRequestsPerIp.record(ip);
		resetRequestsPerAddress.record(email);
		return true;
	}

}
