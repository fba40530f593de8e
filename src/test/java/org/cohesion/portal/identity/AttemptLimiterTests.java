package org.cohesion.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.cohesion.portal.platform.RateLimits;
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
	void blocksAnAddressAfterTwentyQuickFailuresThenLetsOneThroughEveryFortyFiveSeconds() {
		MovableClock clock = new MovableClock();
		AttemptLimiter limiter = new AttemptLimiter(RateLimits.inMemory(clock), "test", 20, Duration.ofMinutes(15));
		for (int i = 0; i < 19; i++) {
			assertThat(limiter.record("10.0.0.1")).isFalse();
		}
		assertThat(limiter.isBlocked("10.0.0.1")).isFalse();
		assertThat(limiter.record("10.0.0.1")).isTrue();
		assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
		assertThat(limiter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofSeconds(45));
		assertThat(limiter.isBlocked("10.0.0.2")).as("other addresses are not affected").isFalse();
		clock.now = clock.now.plusSeconds(44);
		assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
		clock.now = clock.now.plusSeconds(1);
		assertThat(limiter.isBlocked("10.0.0.1")).as("one more try after 15 min / 20").isFalse();
		assertThat(limiter.record("10.0.0.1")).isTrue();
		assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
	}

	@Test
	void failuresSpreadOverTheWindowAreForgotten() {
		MovableClock clock = new MovableClock();
		AttemptLimiter limiter = new AttemptLimiter(RateLimits.inMemory(clock), "test", 3, Duration.ofMinutes(15));
		limiter.record("a");
		limiter.record("a");
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		assertThat(limiter.record("a")).isFalse();
		assertThat(limiter.isBlocked("a")).isFalse();
	}

	@Test
	void resetForgetsTheKey() {
		MovableClock clock = new MovableClock();
		AttemptLimiter limiter = new AttemptLimiter(RateLimits.inMemory(clock), "test", 2, Duration.ofHours(1));
		limiter.record("a");
		limiter.record("a");
		assertThat(limiter.isBlocked("a")).isTrue();
		limiter.reset("a");
		assertThat(limiter.isBlocked("a")).isFalse();
	}

}
