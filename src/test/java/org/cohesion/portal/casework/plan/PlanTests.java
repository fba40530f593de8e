package org.cohesion.portal.casework.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's actions and the follow-ups: each change only when it makes sense. */
class PlanTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

	private final LocalDate today = LocalDate.of(2026, 12, 1);

	private PlanAction action(LocalDate plannedEnd) {
		return new PlanAction(1, "MNR-2026-POR-0001", PlanType.EDUCATION, 7L, plannedEnd, 5, clock);
	}

	@Test
	void anActionCannotBePlannedToEndInThePast() {
		assertThatThrownBy(() -> action(today.minusDays(1))).isInstanceOf(PlanRefused.class)
			.hasMessage("mnr.plan.refused.plannedInPast");
		assertThat(action(today).done()).isFalse();
	}

	@Test
	void anActionIsLateAfterItsPlannedEndUntilItIsDoneAndIsDoneOnlyOnce() {
		PlanAction action = action(today.plusDays(10));
		assertThat(action.late(today.plusDays(10))).isFalse();
		assertThat(action.late(today.plusDays(11))).isTrue();
		clock.advance(Duration.ofDays(12));
		action.complete(today.plusDays(11), new byte[] { 1 }, clock);
		assertThat(action.done()).isTrue();
		assertThat(action.getActualEnd()).isEqualTo(today.plusDays(11));
		assertThat(action.late(today.plusDays(12))).isFalse();
		assertThatThrownBy(() -> action.complete(today.plusDays(12), new byte[] { 1 }, clock))
			.hasMessage("mnr.plan.refused.alreadyDone");
	}

	@Test
	void anActionIsNotDoneInTheFutureNorBeforeItWasPlanned() {
		PlanAction action = action(today.plusDays(10));
		assertThatThrownBy(() -> action.complete(today.plusDays(1), new byte[] { 1 }, clock))
			.hasMessage("mnr.plan.refused.doneInFuture");
		assertThatThrownBy(() -> action.complete(today.minusDays(1), new byte[] { 1 }, clock))
			.hasMessage("mnr.plan.refused.doneBeforeStart");
		assertThat(action.done()).isFalse();
	}

	@Test
	void aFollowUpIsOverdueTheDayAfterItsDueDateUntilDoneAndIsDoneOnce() {
		assertThatThrownBy(() -> new FollowUp(1, "C", 2, 3, today.minusDays(1), 3, clock))
			.hasMessage("mnr.followup.refused.dueInPast");
		FollowUp followUp = new FollowUp(1, "C", 2, 3, today.plusDays(2), 3, clock);
		assertThat(followUp.overdue(today.plusDays(2))).isFalse();
		assertThat(followUp.overdue(today.plusDays(3))).isTrue();
		clock.advance(Duration.ofDays(3));
		followUp.complete(new byte[] { 1 }, clock);
		assertThat(followUp.getDoneOn()).isEqualTo(today.plusDays(3));
		assertThat(followUp.overdue(today.plusDays(4))).isFalse();
		assertThatThrownBy(() -> followUp.complete(new byte[] { 1 }, clock))
			.hasMessage("mnr.followup.refused.alreadyDone");
	}

}
