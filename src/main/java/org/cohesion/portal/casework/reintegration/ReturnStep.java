package org.cohesion.portal.casework.reintegration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A step of a return or repatriation: its status, planned and actual dates, and a note (a
 * ciphertext bound to this row's ref by the service). Changed under optimistic locking.
 */
@Entity
@Table(name = "mnr_return_step")
class ReturnStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private ReturnStepKind step;

	@Enumerated(EnumType.STRING)
	private ReturnStepStatus status;

	private @Nullable LocalDate plannedOn;

	private @Nullable LocalDate doneOn;

	private byte @Nullable [] note;

	private long updatedById;

	private Instant updatedAt;

	@Version
	private long version;

	protected ReturnStep() {
		this.ref = "";
		this.step = ReturnStepKind.TRAVEL_DOCUMENTS;
		this.status = ReturnStepStatus.PLANNED;
		this.updatedAt = Instant.EPOCH;
	}

	/** A step to plan, once a return is chosen for an open case. */
	ReturnStep(long caseId, boolean caseOpen, ReturnStepKind step, long by, Clock clock) {
		this();
		if (!caseOpen) {
			throw new ReintegrationRefused("mnr.reintegration.refused.closed");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.step = step;
		this.updatedById = by;
		this.updatedAt = clock.instant();
	}

	/**
	 * Records where the step stands. A closed case takes no change; a step done has the
	 * day it was done, which is not in the future.
	 */
	void update(boolean caseOpen, ReturnStepStatus next, @Nullable LocalDate planned, @Nullable LocalDate done, long by,
			Clock clock) {
		if (!caseOpen) {
			throw new ReintegrationRefused("mnr.reintegration.refused.closed");
		}
		if (next == ReturnStepStatus.DONE && done == null) {
			throw new ReintegrationRefused("mnr.return.refused.doneDate");
		}
		if (done != null && done.isAfter(LocalDate.now(clock))) {
			throw new ReintegrationRefused("mnr.reintegration.refused.future");
		}
		this.status = next;
		this.plannedOn = planned;
		this.doneOn = next == ReturnStepStatus.DONE ? done : null;
		this.updatedById = by;
		this.updatedAt = clock.instant();
	}

	void note(byte @Nullable [] encrypted) {
		this.note = encrypted;
	}

	String getRef() {
		return ref;
	}

	long getCaseId() {
		return caseId;
	}

	ReturnStepKind getStep() {
		return step;
	}

	ReturnStepStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

}
