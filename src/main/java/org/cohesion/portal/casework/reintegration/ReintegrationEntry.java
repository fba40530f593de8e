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

import org.jspecify.annotations.Nullable;

/**
 * A dated status of one dimension of the reintegration, with its note (a ciphertext bound
 * to this row's ref by the service). Appended, never changed: the latest entry of a
 * dimension is where it stands, the earlier ones its history.
 */
@Entity
@Table(name = "mnr_reintegration_entry")
class ReintegrationEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private Dimension dimension;

	@Enumerated(EnumType.STRING)
	private Progress status;

	private LocalDate notedOn;

	private byte @Nullable [] note;

	private long authorId;

	private Instant createdAt;

	protected ReintegrationEntry() {
		this.ref = "";
		this.dimension = Dimension.SCHOOLING;
		this.status = Progress.TO_ASSESS;
		this.notedOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	/**
	 * Only an open case is followed; the date is the day it was seen, not a future one.
	 */
	ReintegrationEntry(long caseId, boolean caseOpen, Dimension dimension, Progress status, LocalDate notedOn,
			long authorId, Clock clock) {
		this();
		if (!caseOpen) {
			throw new ReintegrationRefused("mnr.reintegration.refused.closed");
		}
		if (notedOn.isAfter(LocalDate.now(clock))) {
			throw new ReintegrationRefused("mnr.reintegration.refused.future");
		}
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.dimension = dimension;
		this.status = status;
		this.notedOn = notedOn;
		this.authorId = authorId;
		this.createdAt = clock.instant();
	}

	void note(byte @Nullable [] encrypted) {
		this.note = encrypted;
	}

	String getRef() {
		return ref;
	}

	Dimension getDimension() {
		return dimension;
	}

	Progress getStatus() {
		return status;
	}

}
