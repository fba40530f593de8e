package org.cohesion.portal.accounts.internal;

import java.time.Duration;

import org.cohesion.portal.identity.AttemptLimiter;
import org.cohesion.portal.platform.RateLimits;
import org.springframework.stereotype.Component;

/**
 * The limits of the sign-in pages, on top of the per-account lock: a single address
 * trying many accounts (or many codes) is slowed down too, and the password reset page
 * cannot be used to flood someone's mailbox. Bucket4j buckets ({@link RateLimits}):
 * shared between nodes on PostgreSQL.
 */
@Component
public class Throttles {

	private final AttemptLimiter signInFailuresPerIp;

	private final AttemptLimiter resetRequestsPerIp;

	private final AttemptLimiter resetRequestsPerAddress;

	Throttles(RateLimits limits) {
		this.signInFailuresPerIp = new AttemptLimiter(limits, "accounts.signin.ip", 20, Duration.ofMinutes(15));
		this.resetRequestsPerIp = new AttemptLimiter(limits, "accounts.reset.ip", 10, Duration.ofHours(1));
		this.resetRequestsPerAddress = new AttemptLimiter(limits, "accounts.reset.email", 3, Duration.ofHours(1));
	}

	public boolean signInBlocked(String ip) {
		return signInFailuresPerIp.isBlocked(ip);
	}

	/** Counts a failed sign-in; true if the address is blocked from now on. */
	public boolean signInFailed(String ip) {
		return signInFailuresPerIp.record(ip);
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
