package org.cohesion.portal.casework.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A victim's case file. State changes are guarded methods that refuse, with the message
 * key of a French sentence, what the case's state or the user's role does not allow.
 * Encrypted columns hold ciphertexts only; {@link CaseFiles} encrypts them, bound to this
 * row's {@link #getRef() ref}.
 */
@Entity
@Table(name = "mnr_case")
class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private String code;

	private long personId;

	private long organisationId;

	private long ownerId;

	private @Nullable String screeningRef;

	private @Nullable String alertRef;

	@Column(name = "cas_status")
	private String casStatus;

	@Column(name = "cas_reason_for_closure")
	private byte @Nullable [] casReasonForClosure;

	@Column(name = "vic_trafficking_status")
	private String vicTraffickingStatus;

	private boolean isChild;

	private boolean sexualExploitation;

	private @Nullable String riskLevel;

	private @Nullable String riskDanger;

	private @Nullable String riskProximity;

	private @Nullable String riskRetrafficking;

	private byte @Nullable [] riskNote;

	private @Nullable Instant riskAssessedAt;

	private boolean needsMedical;

	private boolean needsShelter;

	private boolean needsFood;

	private boolean needsSafety;

	private boolean needsPsychosocial;

	private boolean needsLegal;

	private byte @Nullable [] needsNote;

	private byte @Nullable [] childBestInterests;

	private @Nullable LocalDate childBestInterestsOn;

	private byte @Nullable [] childGuardian;

	private @Nullable String childFamilyTracing;

	private Instant openedAt;

	private Instant updatedAt;

	private Instant lastActivityAt;

	@Version
	private long version;

	protected CaseFile() {
		this.ref = "";
		this.code = "";
		this.casStatus = CaseStatus.ACTIVE.htcds();
		this.vicTraffickingStatus = "";
		this.openedAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
		this.lastActivityAt = Instant.EPOCH;
	}

	CaseFile(String code, long personId, long organisationId, long ownerId, @Nullable String screeningRef,
			@Nullable String alertRef, boolean actual, boolean child, boolean sexualExploitation, Instant openedAt) {
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.code = code;
		this.personId = personId;
		this.organisationId = organisationId;
		this.ownerId = ownerId;
		this.screeningRef = screeningRef;
		this.alertRef = alertRef;
		this.casStatus = CaseStatus.ACTIVE.htcds();
		this.vicTraffickingStatus = actual ? VictimStatus.ACTUAL.htcds() : VictimStatus.POSSIBLE.htcds();
		this.isChild = child;
		this.sexualExploitation = sexualExploitation;
		if (child) {
			this.childFamilyTracing = FamilyTracing.TO_ASSESS.name();
		}
		this.openedAt = openedAt;
		this.updatedAt = openedAt;
		this.lastActivityAt = openedAt;
	}

	/** Refused: the message key says why, in French. */
	static final class Refusal extends RuntimeException {

		private final String messageKey;

		Refusal(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

	/**
	 * Moves between the open statuses (active, follow-up). Closing and reopening are not
	 * done here but through {@link #close} and {@link #reopen}: a closure is requested
	 * and approved by a supervisor, a reopening is a supervisor's with a written reason.
	 */
	void changeStatus(CaseStatus next, boolean supervisor, byte @Nullable [] encryptedReason, Clock clock) {
		CaseStatus current = getStatus();
		if (next == current) {
			throw new Refusal("mnr.case.error.status.same");
		}
		if (current.needsSupervisorTo(next)) {
			throw new Refusal(next.open() ? "mnr.case.error.status.reopen" : "mnr.case.error.status.close");
		}
		this.casStatus = next.htcds();
		touch(clock);
	}

	// ---- closure and reopening (the closure package's approval and reopening)

	/**
	 * Closes the case once a supervisor approved its closure: {@code Closed} or
	 * {@code ClosedReferred}, with the HTCDS reason (encrypted by the caller).
	 */
	void close(CaseStatus closed, byte @Nullable [] encryptedReason, Clock clock) {
		requireOpen();
		if (closed.open()) {
			throw new Refusal("mnr.closure.refused.notAClosure");
		}
		if (encryptedReason == null) {
			throw new Refusal("mnr.case.error.status.reason");
		}
		this.casStatus = closed.htcds();
		this.casReasonForClosure = encryptedReason;
		touch(clock);
	}

	/**
	 * A supervisor of the case's cell reopens a closed case (the reason is kept by the
	 * caller).
	 */
	void reopen(boolean cellSupervisor, Clock clock) {
		if (!cellSupervisor) {
			throw new Refusal("mnr.closure.refused.reopenSupervisorOnly");
		}
		if (getStatus().open()) {
			throw new Refusal("mnr.closure.refused.notClosed");
		}
		this.casStatus = CaseStatus.ACTIVE.htcds();
		this.casReasonForClosure = null;
		touch(clock);
	}

	/** Records the three factors; the level is the highest of them. */
	RiskLevel assessRisk(RiskLevel danger, RiskLevel proximity, RiskLevel retrafficking, byte @Nullable [] note,
			Clock clock) {
		requireOpen();
		RiskLevel level = RiskLevel.highest(danger, proximity, retrafficking);
		this.riskDanger = danger.name();
		this.riskProximity = proximity.name();
		this.riskRetrafficking = retrafficking.name();
		this.riskLevel = level.name();
		this.riskNote = note;
		this.riskAssessedAt = clock.instant();
		touch(clock);
		return level;
	}

	void recordNeeds(boolean medical, boolean shelter, boolean food, boolean safety, boolean psychosocial,
			boolean legal, byte @Nullable [] note, Clock clock) {
		requireOpen();
		this.needsMedical = medical;
		this.needsShelter = shelter;
		this.needsFood = food;
		this.needsSafety = safety;
		this.needsPsychosocial = psychosocial;
		this.needsLegal = legal;
		this.needsNote = note;
		touch(clock);
	}

	/** Only a child's case has a best-interests assessment, a guardian and tracing. */
	void recordChildProtection(byte @Nullable [] bestInterests, @Nullable LocalDate assessedOn,
			byte @Nullable [] guardian, FamilyTracing tracing, Clock clock) {
		if (!isChild) {
			throw new Refusal("mnr.case.error.notChild");
		}
		requireOpen();
		this.childBestInterests = bestInterests;
		this.childBestInterestsOn = assessedOn;
		this.childGuardian = guardian;
		this.childFamilyTracing = tracing.name();
		touch(clock);
	}

	/**
	 * Responsibility passes to another case worker (of this cell or another one), once
	 * they accepted it. Only an open case moves, and never to its own owner.
	 */
	void handOver(long newOwnerId, long newOrganisationId, Clock clock) {
		requireOpen();
		if (newOwnerId == ownerId) {
			throw new Refusal("mnr.transfer.refused.sameOwner");
		}
		this.ownerId = newOwnerId;
		this.organisationId = newOrganisationId;
		touch(clock);
	}

	/** Something was appended (a note, a file): the case is not dormant. */
	void requireOpenForAppending() {
		requireOpen();
	}

	private void requireOpen() {
		if (!getStatus().open()) {
			throw new Refusal("mnr.case.error.closed");
		}
	}

	private void touch(Clock clock) {
		this.updatedAt = clock.instant();
		this.lastActivityAt = this.updatedAt;
	}

	/** The name is hidden by default: a child, or a case of sexual exploitation. */
	boolean protectsName() {
		return isChild || sexualExploitation;
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	String getCode() {
		return code;
	}

	long getPersonId() {
		return personId;
	}

	long getOrganisationId() {
		return organisationId;
	}

	long getOwnerId() {
		return ownerId;
	}

	@Nullable String getScreeningRef() {
		return screeningRef;
	}

	@Nullable String getAlertRef() {
		return alertRef;
	}

	CaseStatus getStatus() {
		return CaseStatus.fromHtcds(casStatus);
	}

	byte @Nullable [] getCasReasonForClosure() {
		return casReasonForClosure;
	}

	VictimStatus getVictimStatus() {
		return VictimStatus.fromHtcds(vicTraffickingStatus);
	}

	boolean isChild() {
		return isChild;
	}

	boolean isSexualExploitation() {
		return sexualExploitation;
	}

	@Nullable RiskLevel getRiskLevel() {
		return riskLevel == null ? null : RiskLevel.valueOf(riskLevel);
	}

	@Nullable RiskLevel getRiskDanger() {
		return riskDanger == null ? null : RiskLevel.valueOf(riskDanger);
	}

	@Nullable RiskLevel getRiskProximity() {
		return riskProximity == null ? null : RiskLevel.valueOf(riskProximity);
	}

	@Nullable RiskLevel getRiskRetrafficking() {
		return riskRetrafficking == null ? null : RiskLevel.valueOf(riskRetrafficking);
	}

	byte @Nullable [] getRiskNote() {
		return riskNote;
	}

	@Nullable Instant getRiskAssessedAt() {
		return riskAssessedAt;
	}

	boolean isNeedsMedical() {
		return needsMedical;
	}

	boolean isNeedsShelter() {
		return needsShelter;
	}

	boolean isNeedsFood() {
		return needsFood;
	}

	boolean isNeedsSafety() {
		return needsSafety;
	}

	boolean isNeedsPsychosocial() {
		return needsPsychosocial;
	}

	boolean isNeedsLegal() {
		return needsLegal;
	}

	byte @Nullable [] getNeedsNote() {
		return needsNote;
	}

	byte @Nullable [] getChildBestInterests() {
		return childBestInterests;
	}

	@Nullable LocalDate getChildBestInterestsOn() {
		return childBestInterestsOn;
	}

	byte @Nullable [] getChildGuardian() {
		return childGuardian;
	}

	@Nullable FamilyTracing getChildFamilyTracing() {
		return childFamilyTracing == null ? null : FamilyTracing.valueOf(childFamilyTracing);
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getLastActivityAt() {
		return lastActivityAt;
	}

	long getVersion() {
		return version;
	}

}
