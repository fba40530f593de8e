package org.cohesion.portal.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimiterTests {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-03-01T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void blocksAnAddressAfterTwentyFailuresInFifteenMinutesForFifteenMinutes() {
		MovableClock clock = new MovableClock();
		AttemptLimiter limiter = new AttemptLimiter(20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		for (int i = 0; i < 19; i++) {
			limiter.record("10.0.0.1");
			clock.now = clock.now.plusSeconds(10);
		}
		assertThat(limiter.isBlocked("10.0.0.1")).isFalse();
		assertThat(limiter.record("10.0.0.1")).isTrue();
		assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
		assertThat(limiter.isBlocked("10.0.0.2")).as("other addresses are not affected").isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(limiter.isBlocked("10.0.0.1")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		MovableClock clock = new MovableClock();
		AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		limiter.record("a");
		limiter.record("a");
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		assertThat(limiter.record("a")).isFalse();
		assertThat(limiter.isBlocked("a")).isFalse();
	}

}
