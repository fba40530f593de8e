package org.cohesion.portal.casework.transfer;

import java.time.Clock;
import java.time.Instant;
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
 * A request to pass a case to another case worker, and its answer. The reason is a
 * ciphertext bound to this row's ref by the service.
 */
@Entity
@Table(name = "mnr_case_transfer")
class CaseTransfer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	private String caseCode;

	private long fromOwnerId;

	private long fromOrganisationId;

	private long toUserId;

	private long toOrganisationId;

	private byte[] reason;

	@Enumerated(EnumType.STRING)
	private TransferStatus status;

	private long requestedById;

	private Instant requestedAt;

	private @Nullable Long answeredById;

	private @Nullable Instant answeredAt;

	@Version
	private long version;

	protected CaseTransfer() {
		this.ref = "";
		this.caseCode = "";
		this.reason = new byte[0];
		this.status = TransferStatus.REQUESTED;
		this.requestedAt = Instant.EPOCH;
	}

	/**
	 * Asks to pass an open case to another owner; a closed case is refused (only its
	 * reopening, by a supervisor of its cell, makes it movable again).
	 */
	CaseTransfer(long caseId, String caseCode, boolean caseOpen, long fromOwnerId, long fromOrganisationId,
			long toUserId, long toOrganisationId, long requestedById, Clock clock) {
		this();
		if (!caseOpen) {
			throw new TransferRefused("mnr.transfer.error.closed");
		}
		if (toUserId == fromOwnerId) {
			throw new TransferRefused("mnr.transfer.refused.sameOwner");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.caseCode = caseCode;
		this.fromOwnerId = fromOwnerId;
		this.fromOrganisationId = fromOrganisationId;
		this.toUserId = toUserId;
		this.toOrganisationId = toOrganisationId;
		this.requestedById = requestedById;
		this.requestedAt = clock.instant();
	}

	/** The reason, encrypted by the caller (bound to {@link #getRef()}). */
	void reason(byte[] encrypted) {
		this.reason = encrypted;
	}

	/** The receiver takes the case. */
	void accept(long by, Clock clock) {
		answer(TransferStatus.ACCEPTED, by, clock);
	}

	/** The receiver declines: the case stays with its owner. */
	void decline(long by, Clock clock) {
		answer(TransferStatus.DECLINED, by, clock);
	}

	private void answer(TransferStatus next, long by, Clock clock) {
		if (status != TransferStatus.REQUESTED) {
			throw new TransferRefused("mnr.transfer.refused.answered");
		}
		this.status = next;
		this.answeredById = by;
		this.answeredAt = clock.instant();
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

	long getFromOwnerId() {
		return fromOwnerId;
	}

	long getToUserId() {
		return toUserId;
	}

	long getToOrganisationId() {
		return toOrganisationId;
	}

	byte[] getReason() {
		return reason;
	}

	TransferStatus getStatus() {
		return status;
	}

	long getRequestedById() {
		return requestedById;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	long getVersion() {
		return version;
	}

}
