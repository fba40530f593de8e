package org.cohesion.portal.casework.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.casework.directory.ServiceType;
import org.jspecify.annotations.Nullable;

/**
 * A case sent to a provider for a service. Its state changes only through the guarded
 * methods below, each refusing (with a French message key) what its state does not allow.
 * Free texts (the note to the provider, the override's reason, the refusal's reason, what
 * was done) are ciphertexts, bound to this row's {@link #getRef() ref} by the service
 * that writes them.
 */
@Entity
@Table(name = "mnr_referral")
class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long caseId;

	private String caseCode;

	private long personId;

	/** The cell (or DLTP) that holds the case, for its supervisors and dashboards. */
	private long senderOrganisationId;

	private long providerOrganisationId;

	private @Nullable String serviceRef;

	@Enumerated(EnumType.STRING)
	private ServiceType serviceType;

	private boolean urgent;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private String sharedFields;

	@Enumerated(EnumType.STRING)
	private ConsentGround ground;

	@Column(name = "note_to_provider")
	private byte @Nullable [] noteToProvider;

	@Column(name = "override_reason")
	private byte @Nullable [] overrideReason;

	@Column(name = "refusal_reason")
	private byte @Nullable [] refusalReason;

	@Column(name = "outcome")
	private byte @Nullable [] outcome;

	private long sentById;

	private Instant sentAt;

	private @Nullable Long answeredById;

	private @Nullable Instant answeredAt;

	private @Nullable Instant startedAt;

	private @Nullable Instant closedAt;

	private @Nullable Long redirectedFromId;

	@Version
	private long version;

	protected Referral() {
		this.ref = "";
		this.caseCode = "";
		this.serviceType = ServiceType.MEDICAL;
		this.status = ReferralStatus.SENT;
		this.sharedFields = "";
		this.ground = ConsentGround.CONSENT;
		this.sentAt = Instant.EPOCH;
	}

	Referral(long caseId, String caseCode, long personId, long senderOrganisationId, long providerOrganisationId,
			@Nullable String serviceRef, ServiceType serviceType, boolean urgent, Set<SharedField> shared,
			ConsentGround ground, long sentById, Clock clock) {
		this();
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.caseId = caseId;
		this.caseCode = caseCode;
		this.personId = personId;
		this.senderOrganisationId = senderOrganisationId;
		this.providerOrganisationId = providerOrganisationId;
		this.serviceRef = serviceRef;
		this.serviceType = serviceType;
		this.urgent = urgent;
		this.sharedFields = shared.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.ground = ground;
		this.sentById = sentById;
		this.sentAt = clock.instant();
	}

	/** The provider takes the person in. */
	void accept(long by, Clock clock) {
		require(status == ReferralStatus.SENT, "mnr.referral.refused.notAwaiting");
		this.status = ReferralStatus.ACCEPTED;
		this.answeredById = by;
		this.answeredAt = clock.instant();
	}

	/** The provider cannot take the person in; the reason is required (ciphertext). */
	void refuse(long by, byte[] reason, Clock clock) {
		require(status == ReferralStatus.SENT, "mnr.referral.refused.notAwaiting");
		this.status = ReferralStatus.REFUSED;
		this.refusalReason = reason;
		this.answeredById = by;
		this.answeredAt = clock.instant();
		this.closedAt = this.answeredAt;
	}

	/** The service has begun. */
	void start(Clock clock) {
		require(status == ReferralStatus.ACCEPTED, "mnr.referral.refused.notAccepted");
		this.status = ReferralStatus.IN_PROGRESS;
		this.startedAt = clock.instant();
	}

	/** The service is given; what was done is recorded (ciphertext). */
	void complete(byte[] whatWasDone, Clock clock) {
		require(status == ReferralStatus.ACCEPTED || status == ReferralStatus.IN_PROGRESS,
				"mnr.referral.refused.notAccepted");
		if (startedAt == null) {
			this.startedAt = clock.instant();
		}
		this.status = ReferralStatus.DONE;
		this.outcome = whatWasDone;
		this.closedAt = clock.instant();
	}

	/** The sender takes the referral back (the provider then sees nothing of it). */
	void revoke(Clock clock) {
		require(status.open(), "mnr.referral.refused.closed");
		this.status = ReferralStatus.REVOKED;
		this.closedAt = clock.instant();
	}

	void noteToProvider(byte @Nullable [] ciphertext) {
		this.noteToProvider = ciphertext;
	}

	void overrideReason(byte[] ciphertext) {
		require(ground == ConsentGround.OVERRIDE, "mnr.referral.refused.notOverride");
		this.overrideReason = ciphertext;
	}

	void redirectedFrom(long referralId) {
		this.redirectedFromId = referralId;
	}

	/** From sending to the provider's answer; null while unanswered. */
	@Nullable Duration responseTime() {
		return answeredAt == null ? null : Duration.between(sentAt, answeredAt);
	}

	Set<SharedField> shared() {
		if (sharedFields.isEmpty()) {
			return EnumSet.noneOf(SharedField.class);
		}
		return Arrays.stream(sharedFields.split(","))
			.map(SharedField::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SharedField.class)));
	}

	private static void require(boolean condition, String refusal) {
		if (!condition) {
			throw new ReferralRefused(refusal);
		}
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

	long getPersonId() {
		return personId;
	}

	long getSenderOrganisationId() {
		return senderOrganisationId;
	}

	long getProviderOrganisationId() {
		return providerOrganisationId;
	}

	@Nullable String getServiceRef() {
		return serviceRef;
	}

	ServiceType getServiceType() {
		return serviceType;
	}

	boolean isUrgent() {
		return urgent;
	}

	ReferralStatus getStatus() {
		return status;
	}

	ConsentGround getGround() {
		return ground;
	}

	byte @Nullable [] getNoteToProvider() {
		return noteToProvider;
	}

	byte @Nullable [] getOverrideReason() {
		return overrideReason;
	}

	byte @Nullable [] getRefusalReason() {
		return refusalReason;
	}

	byte @Nullable [] getOutcome() {
		return outcome;
	}

	long getSentById() {
		return sentById;
	}

	Instant getSentAt() {
		return sentAt;
	}

	@Nullable Long getAnsweredById() {
		return answeredById;
	}

	@Nullable Instant getAnsweredAt() {
		return answeredAt;
	}

	@Nullable Instant getStartedAt() {
		return startedAt;
	}

	@Nullable Instant getClosedAt() {
		return closedAt;
	}

	@Nullable Long getRedirectedFromId() {
		return redirectedFromId;
	}

	long getVersion() {
		return version;
	}

}
