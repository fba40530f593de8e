package org.cohesion.portal.identity;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.cohesion.portal.platform.RateLimits;

/**
 * Slows password and code guessing without locking the rightful owner out (OWASP's advice
 * against hard lockouts). Three counts of failures, all Bucket4j buckets:
 * <ul>
 * <li>per (user, address) pair: five free tries, then one a minute, at most twenty an
 * hour. Past it that pair is refused before any password is checked. Only the guesser's
 * pair is slowed: the owner elsewhere, or another user behind the same NAT, is not.</li>
 * <li>per user (all addresses: a distributed guess) and per address (all users: password
 * spraying): past these, a correct password alone no longer opens the account;
 * {@link #needsSecondFactor} says so. A user with a second factor still signs in (the
 * code is the proof); one without gets the e-mailed reset link, which {@link #forgetUser
 * clears} the count.</li>
 * <li>wrong second-factor codes per user: five free, then one every three minutes.</li>
 * </ul>
 * One instance per user store ({@code store} prefixes the bucket names).
 */
public final class SignInThrottle {

	public static final int PAIR_FREE_TRIES = 5;

	public static final int USER_LIMIT_PER_HOUR = 30;

	public static final int ADDRESS_LIMIT_PER_15_MINUTES = 30;

	public static final int CODE_FREE_TRIES = 5;

	private final RateLimits limits;

	private final String store;

	private final BucketConfiguration pair = BucketConfiguration.builder()
		.addLimit(Bandwidth.builder().capacity(PAIR_FREE_TRIES).refillGreedy(1, Duration.ofMinutes(1)).build())
		.addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build())
		.build();

	private final AttemptLimiter perUser;

	private final AttemptLimiter perAddress;

	private final AttemptLimiter codes;

	public SignInThrottle(RateLimits limits, String store) {
		this.limits = limits;
		this.store = store;
		this.perUser = new AttemptLimiter(limits, store + ".signin.user", USER_LIMIT_PER_HOUR, Duration.ofHours(1));
		this.perAddress = new AttemptLimiter(limits, store + ".signin.address", ADDRESS_LIMIT_PER_15_MINUTES,
				Duration.ofMinutes(15));
		this.codes = new AttemptLimiter(limits, store + ".signin.code", CODE_FREE_TRIES, Duration.ofMinutes(15));
	}

	/**
	 * How long this pair must wait before its next try, or zero: a try is refused before
	 * any check while this is positive.
	 */
	public Duration pairWait(String user, String address) {
		var estimate = pairBucket(user, address).estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(estimate.getNanosToWaitForRefill());
	}

	/**
	 * Counts a wrong password (or code) of this user from this address; true if the
	 * address has just passed its limit (worth one audit entry, not one per try).
	 */
	public boolean failed(String user, String address) {
		pairBucket(user, address).tryConsume(1);
		perUser.record(user);
		boolean addressWasOpen = !perAddress.isBlocked(address);
		return perAddress.record(address) && addressWasOpen;
	}

	/**
	 * True when a correct password is not enough for this user from this address: too
	 * many failures against the user, or from the address.
	 */
	public boolean needsSecondFactor(String user, String address) {
		return perUser.isBlocked(user) || perAddress.isBlocked(address);
	}

	/** A full sign-in (every factor) forgets the failures of its pair and of the user. */
	public void succeeded(String user, String address) {
		pairBucket(user, address).reset();
		perUser.reset(user);
		codes.reset(user);
	}

	/** The owner proved control of the mailbox (reset link): the user's counts go. */
	public void forgetUser(String user) {
		perUser.reset(user);
		codes.reset(user);
	}

	/**
	 * How long this user must wait before a second-factor code is checked again, or zero.
	 */
	public Duration codesWait(String user) {
		return codes.retryAfter(user);
	}

	public boolean codesBlocked(String user) {
		return codes.isBlocked(user);
	}

	public void codeFailed(String user) {
		codes.record(user);
	}

	private io.github.bucket4j.Bucket pairBucket(String user, String address) {
		return limits.bucket(store + ".signin.pair", user + "\n" + address, () -> pair);
	}

}
