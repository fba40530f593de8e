package org.cohesion.portal.casework.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.casework.alert.Indicators.Act;
import org.cohesion.portal.casework.alert.Indicators.Authority;
import org.cohesion.portal.casework.alert.Indicators.DecisionOrg;
import org.cohesion.portal.casework.alert.Indicators.Exploitation;
import org.cohesion.portal.casework.alert.Indicators.Industry;
import org.cohesion.portal.casework.alert.Indicators.Means;
import org.cohesion.portal.casework.alert.Indicators.Orientation;
import org.cohesion.portal.casework.alert.Indicators.Recruitment;
import org.cohesion.portal.casework.alert.Indicators.Relationship;
import org.cohesion.portal.casework.alert.Indicators.SexExploitation;
import org.cohesion.portal.casework.alert.Indicators.Status;
import org.cohesion.portal.casework.alert.Indicators.Vulnerability;
import org.jspecify.annotations.Nullable;

/**
 * The identification interview of one alert, held by the case worker who took it, in the
 * alert's cell. Open while the indicators are recorded; concluded once, with the HTCDS
 * trafficking status and who decided. Free text holds ciphertexts only
 * ({@link Screenings} encrypts it, bound to {@link #getRef()}).
 */
@Entity
@Table(name = "mnr_screening")
class Screening {

	enum State {

		OPEN, CONCLUDED

	}

	/** The encrypted columns. */
	enum Field {

		RECRUITMENT_PLACE("recruitment_place"), VULNERABILITY_DETAILS("vulnerability_details"), NOTES("notes"),
		AUTHORITY_REFERENCE("authority_reference"), ORIENTATION_NOTE("orientation_note");

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

	private long alertId;

	private long screenerId;

	private long organisationId;

	private @Nullable Long personId;

	@Enumerated(EnumType.STRING)
	private State status;

	private String acts;

	private String methodsOfControl;

	private String typesOfExploitation;

	private @Nullable String forcedLabourIndustry;

	private String typesOfSexExploitation;

	private String methodsOfRecruitment;

	private byte @Nullable [] recruitmentPlace;

	private @Nullable String relationshipToTrafficker;

	private String vulnerabilities;

	private byte @Nullable [] vulnerabilityDetails;

	private byte @Nullable [] notes;

	private @Nullable String traffickingStatus;

	private @Nullable String decisionMakingOrg;

	private @Nullable String certifyingAuthority;

	private byte @Nullable [] authorityReference;

	private @Nullable String orientation;

	private byte @Nullable [] orientationNote;

	private @Nullable LocalDate decidedOn;

	private @Nullable Long concludedBy;

	private @Nullable Instant concludedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Screening() {
		this.ref = "";
		this.status = State.OPEN;
		this.acts = "";
		this.methodsOfControl = "";
		this.typesOfExploitation = "";
		this.typesOfSexExploitation = "";
		this.methodsOfRecruitment = "";
		this.vulnerabilities = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Screening(long alertId, long screenerId, long organisationId, Clock clock) {
		this();
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.alertId = alertId;
		this.screenerId = screenerId;
		this.organisationId = organisationId;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** The person record the interview is about. */
	void linkPerson(long person, Clock clock) {
		requireOpen();
		this.personId = person;
		this.updatedAt = clock.instant();
	}

	/** The indicators as the case worker records them; only while open. */
	void record(Set<Act> acts, Set<Means> means, Set<Exploitation> purposes, @Nullable Industry industry,
			Set<SexExploitation> sexExploitation, Set<Recruitment> recruitment, @Nullable Relationship relationship,
			Set<Vulnerability> vulnerabilities, Clock clock) {
		requireOpen();
		this.acts = Indicators.column(acts);
		this.methodsOfControl = Indicators.column(means);
		this.typesOfExploitation = Indicators.column(purposes);
		this.forcedLabourIndustry = industry == null ? null : industry.htcds();
		this.typesOfSexExploitation = Indicators.column(sexExploitation);
		this.methodsOfRecruitment = Indicators.column(recruitment);
		this.relationshipToTrafficker = relationship == null ? null : relationship.htcds();
		this.vulnerabilities = Indicators.column(vulnerabilities);
		this.updatedAt = clock.instant();
	}

	void encrypted(Field field, byte @Nullable [] ciphertext) {
		requireOpen();
		switch (field) {
			case RECRUITMENT_PLACE -> recruitmentPlace = ciphertext;
			case VULNERABILITY_DETAILS -> vulnerabilityDetails = ciphertext;
			case NOTES -> notes = ciphertext;
			case AUTHORITY_REFERENCE -> authorityReference = ciphertext;
			case ORIENTATION_NOTE -> orientationNote = ciphertext;
		}
	}

	byte @Nullable [] encrypted(Field field) {
		return switch (field) {
			case RECRUITMENT_PLACE -> recruitmentPlace;
			case VULNERABILITY_DETAILS -> vulnerabilityDetails;
			case NOTES -> notes;
			case AUTHORITY_REFERENCE -> authorityReference;
			case ORIENTATION_NOTE -> orientationNote;
		};
	}

	/**
	 * The outcome, once: a presumed or identified victim needs the person record; an
	 * identified victim the certifying prosecutor or magistrate (its reference is stored
	 * encrypted before); someone who is not a victim an orientation.
	 */
	void conclude(Status outcome, DecisionOrg organisation, @Nullable Authority authority,
			@Nullable Orientation towards, LocalDate decided, long decidedBy, Clock clock) {
		requireOpen();
		if (outcome != Status.NOT_A_VICTIM && personId == null) {
			throw new Refusal("mnr.screening.refused.noPerson");
		}
		if (outcome == Status.ACTUAL && (authority == null || organisation != DecisionOrg.COURT_OR_PROSECUTION
				|| authorityReference == null)) {
			throw new Refusal("mnr.screening.refused.certification");
		}
		if (outcome == Status.NOT_A_VICTIM && towards == null) {
			throw new Refusal("mnr.screening.refused.orientation");
		}
		if (decided.isAfter(LocalDate.now(clock))) {
			throw new Refusal("mnr.screening.refused.decidedOn");
		}
		this.traffickingStatus = outcome.htcds();
		this.decisionMakingOrg = organisation.htcds();
		this.certifyingAuthority = outcome == Status.ACTUAL && authority != null ? authority.htcds() : null;
		this.orientation = outcome == Status.NOT_A_VICTIM && towards != null ? towards.htcds() : null;
		this.decidedOn = decided;
		this.concludedBy = decidedBy;
		this.status = State.CONCLUDED;
		this.concludedAt = clock.instant();
		this.updatedAt = this.concludedAt;
	}

	private void requireOpen() {
		if (status != State.OPEN) {
			throw new Refusal("mnr.screening.refused.concluded");
		}
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	long getAlertId() {
		return alertId;
	}

	long getScreenerId() {
		return screenerId;
	}

	long getOrganisationId() {
		return organisationId;
	}

	@Nullable Long getPersonId() {
		return personId;
	}

	State getStatus() {
		return status;
	}

	Set<Act> getActs() {
		return Indicators.column(Act.class, acts);
	}

	Set<Means> getMeans() {
		return Indicators.column(Means.class, methodsOfControl);
	}

	Set<Exploitation> getPurposes() {
		return Indicators.column(Exploitation.class, typesOfExploitation);
	}

	@Nullable Industry getIndustry() {
		return Indicators.of(Industry.class, forcedLabourIndustry);
	}

	Set<SexExploitation> getSexExploitation() {
		return Indicators.column(SexExploitation.class, typesOfSexExploitation);
	}

	Set<Recruitment> getRecruitment() {
		return Indicators.column(Recruitment.class, methodsOfRecruitment);
	}

	@Nullable Relationship getRelationship() {
		return Indicators.of(Relationship.class, relationshipToTrafficker);
	}

	Set<Vulnerability> getVulnerabilities() {
		return Indicators.column(Vulnerability.class, vulnerabilities);
	}

	@Nullable Status getOutcome() {
		return Indicators.of(Status.class, traffickingStatus);
	}

	@Nullable DecisionOrg getDecisionOrg() {
		return Indicators.of(DecisionOrg.class, decisionMakingOrg);
	}

	@Nullable Authority getAuthority() {
		return Indicators.of(Authority.class, certifyingAuthority);
	}

	@Nullable Orientation getOrientation() {
		return Indicators.of(Orientation.class, orientation);
	}

	@Nullable LocalDate getDecidedOn() {
		return decidedOn;
	}

	@Nullable Long getConcludedBy() {
		return concludedBy;
	}

	@Nullable Instant getConcludedAt() {
		return concludedAt;
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
