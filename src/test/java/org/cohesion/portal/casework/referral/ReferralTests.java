package org.cohesion.portal.casework.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.cohesion.portal.casework.directory.ServiceType;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The referral's states: each change is allowed only from the states that make sense. */
class ReferralTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

	private Referral sent() {
		return new Referral(1, "MNR-2026-POR-0001", 2, 3, 4, "svc", ServiceType.NGO_SHELTER, true,
				EnumSet.of(SharedField.FIRST_NAME, SharedField.GENDER_AGE), ConsentGround.CONSENT, 5, clock);
	}

	@Test
	void aReferralIsAcceptedStartedAndDoneAndItsResponseTimeIsMeasured() {
		Referral referral = sent();
		clock.advance(Duration.ofHours(3));
		referral.accept(9, clock);
		assertThat(referral.responseTime()).isEqualTo(Duration.ofHours(3));
		referral.start(clock);
		referral.complete(new byte[] { 1 }, clock);
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DONE);
		assertThat(referral.getStatus().open()).isFalse();
	}

	@Test
	void aRefusedOrRevokedReferralCannotBeAcceptedAnyMore() {
		Referral refused = sent();
		refused.refuse(9, new byte[] { 1 }, clock);
		assertThatThrownBy(() -> refused.accept(9, clock)).isInstanceOf(ReferralRefused.class)
			.hasMessage("mnr.referral.refused.notAwaiting");
		Referral revoked = sent();
		revoked.revoke(clock);
		assertThatThrownBy(() -> revoked.accept(9, clock)).isInstanceOf(ReferralRefused.class);
		assertThatThrownBy(() -> revoked.revoke(clock)).hasMessage("mnr.referral.refused.closed");
	}

	@Test
	void aServiceCannotStartBeforeTheProviderAccepts() {
		Referral referral = sent();
		assertThatThrownBy(() -> referral.start(clock)).hasMessage("mnr.referral.refused.notAccepted");
		assertThatThrownBy(() -> referral.complete(new byte[0], clock)).hasMessage("mnr.referral.refused.notAccepted");
	}

	@Test
	void onlyTheChosenFieldsAreSharedAndAnOverrideReasonOnlyOnAnOverride() {
		Referral referral = sent();
		assertThat(referral.shared()).containsExactlyInAnyOrder(SharedField.FIRST_NAME, SharedField.GENDER_AGE);
		assertThatThrownBy(() -> referral.overrideReason(new byte[] { 1 }))
			.hasMessage("mnr.referral.refused.notOverride");
	}

}
