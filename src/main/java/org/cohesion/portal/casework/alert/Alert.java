package org.cohesion.portal.casework.alert;

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
 * An alert from the field. A draft belongs to its author alone; once sent it is routed to
 * a cell (or the DLTP) and waits in its queue until a case worker takes it for the
 * identification interview. Identifying text holds ciphertexts only ({@link Alerts}
 * encrypts it, bound to {@link #getRef()}).
 */
@Entity
@Table(name = "mnr_alert")
class Alert {

	enum Status {

		DRAFT, SENT, TAKEN, SCREENED;

		String messageKey() {
			return "mnr.alert.status." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Who is with the people met. */
	enum Accompaniment {

		ALONE, FAMILY, SUSPECTED_EXPLOITER, OTHER_PEOPLE, AGENT_OR_SERVICE, UNKNOWN;

		String messageKey() {
			return "mnr.alert.accompaniment." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** The encrypted columns. */
	enum Field {

		LOCALITY("locality"), CIRCUMSTANCES("circumstances"), COMPANIONS("companions"), CONTACT("contact");

		private final String column;

		Field(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private String idempotencyKey;

	private long authorId;

	private long authorOrgId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String region;

	private byte @Nullable [] locality;

	private @Nullable Instant observedAt;

	private byte @Nullable [] circumstances;

	private @Nullable Integer peopleCount;

	private boolean needMedical;

	private boolean needShelter;

	private boolean needFood;

	private boolean needSafety;

	@Enumerated(EnumType.STRING)
	private @Nullable Accompaniment accompaniment;

	private byte @Nullable [] companions;

	private byte @Nullable [] contact;

	private @Nullable Long routedOrgId;

	private @Nullable Instant sentAt;

	private @Nullable Long screenerId;

	private @Nullable Instant takenAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Alert() {
		this.ref = "";
		this.idempotencyKey = "";
		this.status = Status.DRAFT;
		this.region = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Alert(String idempotencyKey, long authorId, long authorOrgId, Clock clock) {
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.idempotencyKey = idempotencyKey;
		this.authorId = authorId;
		this.authorOrgId = authorOrgId;
		this.status = Status.DRAFT;
		this.region = "";
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** What the author says; only while it is a draft. */
	void describe(String region, @Nullable Instant observedAt, @Nullable Integer peopleCount, boolean medical,
			boolean shelter, boolean food, boolean safety, @Nullable Accompaniment accompaniment, Clock clock) {
		requireDraft();
		this.region = region;
		this.observedAt = observedAt;
		this.peopleCount = peopleCount;
		this.needMedical = medical;
		this.needShelter = shelter;
		this.needFood = food;
		this.needSafety = safety;
		this.accompaniment = accompaniment;
		this.updatedAt = clock.instant();
	}

	void encrypted(Field field, byte @Nullable [] ciphertext) {
		requireDraft();
		switch (field) {
			case LOCALITY -> locality = ciphertext;
			case CIRCUMSTANCES -> circumstances = ciphertext;
			case COMPANIONS -> companions = ciphertext;
			case CONTACT -> contact = ciphertext;
		}
	}

	byte @Nullable [] encrypted(Field field) {
		return switch (field) {
			case LOCALITY -> locality;
			case CIRCUMSTANCES -> circumstances;
			case COMPANIONS -> companions;
			case CONTACT -> contact;
		};
	}

	/** Sent to the competent cell's queue. */
	void send(long organisationId, Clock clock) {
		requireDraft();
		this.status = Status.SENT;
		this.routedOrgId = organisationId;
		this.sentAt = clock.instant();
		this.updatedAt = this.sentAt;
	}

	/** Taken from the queue by a case worker of the cell, for the interview. */
	void take(long caseWorkerId, long caseWorkerOrganisationId, Clock clock) {
		if (status != Status.SENT) {
			throw new Refusal("mnr.alert.refused.notInQueue");
		}
		if (routedOrgId == null || routedOrgId != caseWorkerOrganisationId) {
			throw new Refusal("mnr.alert.refused.otherCell");
		}
		this.status = Status.TAKEN;
		this.screenerId = caseWorkerId;
		this.takenAt = clock.instant();
		this.updatedAt = this.takenAt;
	}

	/** The interview concluded. */
	void screened(Clock clock) {
		if (status != Status.TAKEN) {
			throw new Refusal("mnr.alert.refused.notTaken");
		}
		this.status = Status.SCREENED;
		this.updatedAt = clock.instant();
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new Refusal("mnr.alert.refused.alreadySent");
		}
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	long getAuthorId() {
		return authorId;
	}

	long getAuthorOrgId() {
		return authorOrgId;
	}

	Status getStatus() {
		return status;
	}

	String getRegion() {
		return region;
	}

	@Nullable Instant getObservedAt() {
		return observedAt;
	}

	@Nullable Integer getPeopleCount() {
		return peopleCount;
	}

	boolean isNeedMedical() {
		return needMedical;
	}

	boolean isNeedShelter() {
		return needShelter;
	}

	boolean isNeedFood() {
		return needFood;
	}

	boolean isNeedSafety() {
		return needSafety;
	}

	@Nullable Accompaniment getAccompaniment() {
		return accompaniment;
	}

	@Nullable Long getRoutedOrgId() {
		return routedOrgId;
	}

	@Nullable Instant getSentAt() {
		return sentAt;
	}

	@Nullable Long getScreenerId() {
		return screenerId;
	}

	@Nullable Instant getTakenAt() {
		return takenAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

}
