package org.cohesion.portal.casework.plan;

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
 * One action of a case's assistance plan. The objective, the action's text and its
 * outcome are ciphertexts bound to this row's {@link #getRef() ref} by the service that
 * writes them; the state changes only through the guarded methods below.
 */
@Entity
@Table(name = "mnr_plan_action")
class PlanAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	private String caseCode;

	@Enumerated(EnumType.STRING)
	private PlanType type;

	private byte[] objective;

	private byte[] actionText;

	private @Nullable Long responsibleOrganisationId;

	private LocalDate plannedEnd;

	private @Nullable LocalDate actualEnd;

	private byte @Nullable [] outcome;

	private long createdById;

	private Instant createdAt;

	@Version
	private long version;

	protected PlanAction() {
		this.ref = "";
		this.caseCode = "";
		this.type = PlanType.SOCIAL_CARE;
		this.objective = new byte[0];
		this.actionText = new byte[0];
		this.plannedEnd = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	/**
	 * A new action, planned to end on {@code plannedEnd}; the ciphertexts are set by
	 * {@link #texts} once the ref (their binding) exists.
	 */
	PlanAction(long caseId, String caseCode, PlanType type, @Nullable Long responsibleOrganisationId,
			LocalDate plannedEnd, long createdById, Clock clock) {
		this();
		if (plannedEnd.isBefore(LocalDate.now(clock))) {
			throw new PlanRefused("mnr.plan.refused.plannedInPast");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.caseCode = caseCode;
		this.type = type;
		this.responsibleOrganisationId = responsibleOrganisationId;
		this.plannedEnd = plannedEnd;
		this.createdById = createdById;
		this.createdAt = clock.instant();
	}

	void texts(byte[] objective, byte[] actionText) {
		this.objective = objective;
		this.actionText = actionText;
	}

	/** The action is done on {@code on} (not in the future), with what came of it. */
	void complete(LocalDate on, byte[] outcome, Clock clock) {
		if (actualEnd != null) {
			throw new PlanRefused("mnr.plan.refused.alreadyDone");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw new PlanRefused("mnr.plan.refused.doneInFuture");
		}
		if (on.isBefore(LocalDate.ofInstant(createdAt, clock.getZone()))) {
			throw new PlanRefused("mnr.plan.refused.doneBeforeStart");
		}
		this.actualEnd = on;
		this.outcome = outcome;
	}

	boolean done() {
		return actualEnd != null;
	}

	/** Still open after its planned end. */
	boolean late(LocalDate today) {
		return actualEnd == null && plannedEnd.isBefore(today);
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	long getCaseId() {
		return caseId;
	}

	String getCaseCode() {
		return caseCode;
	}

	PlanType getType() {
		return type;
	}

	byte[] getObjective() {
		return objective;
	}

	byte[] getActionText() {
		return actionText;
	}

	@Nullable Long getResponsibleOrganisationId() {
		return responsibleOrganisationId;
	}

	LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	@Nullable LocalDate getActualEnd() {
		return actualEnd;
	}

	byte @Nullable [] getOutcome() {
		return outcome;
	}

	long getCreatedById() {
		return createdById;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}

}
