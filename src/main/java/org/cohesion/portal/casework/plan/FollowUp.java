package org.cohesion.portal.casework.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * Something to check on a case by a due date, owned by one worker. What to check, the
 * note and the outcome are ciphertexts bound to this row's {@link #getRef() ref}. The
 * reminder's mark ({@code reminded_at}) is claimed by the reminder job in one conditional
 * update, not through this entity.
 */
@Entity
@Table(name = "mnr_followup")
class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	private String caseCode;

	private long organisationId;

	private long ownerId;

	private byte[] subject;

	private byte @Nullable [] note;

	private LocalDate dueOn;

	private @Nullable LocalDate doneOn;

	private byte @Nullable [] outcome;

	private @Nullable Instant remindedAt;

	private long createdById;

	private Instant createdAt;

	@Version
	private long version;

	protected FollowUp() {
		this.ref = "";
		this.caseCode = "";
		this.subject = new byte[0];
		this.dueOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	FollowUp(long caseId, String caseCode, long organisationId, long ownerId, LocalDate dueOn, long createdById,
			Clock clock) {
		this();
		if (dueOn.isBefore(LocalDate.now(clock))) {
			throw new PlanRefused("mnr.followup.refused.dueInPast");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.caseCode = caseCode;
		this.organisationId = organisationId;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.createdById = createdById;
		this.createdAt = clock.instant();
	}

	void texts(byte[] subject, byte @Nullable [] note) {
		this.subject = subject;
		this.note = note;
	}

	/** The check was made today, with what was found. */
	void complete(byte[] outcome, Clock clock) {
		if (doneOn != null) {
			throw new PlanRefused("mnr.followup.refused.alreadyDone");
		}
		this.doneOn = LocalDate.now(clock);
		this.outcome = outcome;
	}

	/** Not done and its due date has passed. */
	boolean overdue(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
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

	long getOrganisationId() {
		return organisationId;
	}

	long getOwnerId() {
		return ownerId;
	}

	byte[] getSubject() {
		return subject;
	}

	byte @Nullable [] getNote() {
		return note;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	@Nullable LocalDate getDoneOn() {
		return doneOn;
	}

	byte @Nullable [] getOutcome() {
		return outcome;
	}

	@Nullable Instant getRemindedAt() {
		return remindedAt;
	}

	long getVersion() {
		return version;
	}

}
