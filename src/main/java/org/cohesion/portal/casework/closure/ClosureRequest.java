package org.cohesion.portal.casework.closure;

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
 * A request to close a case, and its decision. Texts are ciphertexts bound to this row's
 * ref by the service. The decision belongs to a supervisor of the case's cell; a request
 * is decided once.
 */
@Entity
@Table(name = "mnr_case_closure")
class ClosureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	private String caseCode;

	@Enumerated(EnumType.STRING)
	private ClosureCategory reasonCategory;

	private byte[] reason;

	@Enumerated(EnumType.STRING)
	private ClosureStatus status;

	private long requestedById;

	private Instant requestedAt;

	private @Nullable Long decidedById;

	private @Nullable Instant decidedAt;

	private byte @Nullable [] decisionNote;

	@Version
	private long version;

	protected ClosureRequest() {
		this.ref = "";
		this.caseCode = "";
		this.reasonCategory = ClosureCategory.OTHER;
		this.reason = new byte[0];
		this.status = ClosureStatus.PENDING;
		this.requestedAt = Instant.EPOCH;
	}

	/**
	 * Asks for the closure of an open case, by its owner or a supervisor of its cell who
	 * holds the permission to request it.
	 */
	ClosureRequest(long caseId, String caseCode, boolean caseOpen, boolean mayRequest, ClosureCategory category,
			long requestedById, Clock clock) {
		this();
		if (!mayRequest) {
			throw new ClosureRefused("mnr.closure.refused.requestNotAllowed");
		}
		if (!caseOpen) {
			throw new ClosureRefused("mnr.closure.refused.closed");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.caseCode = caseCode;
		this.reasonCategory = category;
		this.requestedById = requestedById;
		this.requestedAt = clock.instant();
	}

	/** The reason, encrypted by the caller (bound to {@link #getRef()}). */
	void reason(byte[] encrypted) {
		this.reason = encrypted;
	}

	/** A supervisor of the case's cell approves: the case is to close. */
	void approve(long by, boolean cellSupervisor, Clock clock) {
		decide(ClosureStatus.APPROVED, by, cellSupervisor, null, clock);
	}

	/** A supervisor of the case's cell rejects, saying why (encrypted by the caller). */
	void reject(long by, boolean cellSupervisor, byte @Nullable [] encryptedNote, Clock clock) {
		if (encryptedNote == null) {
			throw new ClosureRefused("mnr.closure.refused.rejectReason");
		}
		decide(ClosureStatus.REJECTED, by, cellSupervisor, encryptedNote, clock);
	}

	/** The requester takes the request back before it is decided. */
	void withdraw(long by, Clock clock) {
		requirePending();
		if (by != requestedById) {
			throw new ClosureRefused("mnr.closure.refused.withdrawOwn");
		}
		this.status = ClosureStatus.WITHDRAWN;
		this.decidedById = by;
		this.decidedAt = clock.instant();
	}

	private void decide(ClosureStatus next, long by, boolean cellSupervisor, byte @Nullable [] note, Clock clock) {
		if (!cellSupervisor) {
			throw new ClosureRefused("mnr.closure.refused.supervisorOnly");
		}
		requirePending();
		this.status = next;
		this.decidedById = by;
		this.decidedAt = clock.instant();
		this.decisionNote = note;
	}

	private void requirePending() {
		if (status != ClosureStatus.PENDING) {
			throw new ClosureRefused("mnr.closure.refused.decided");
		}
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

	ClosureCategory getReasonCategory() {
		return reasonCategory;
	}

	byte[] getReason() {
		return reason;
	}

	ClosureStatus getStatus() {
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
