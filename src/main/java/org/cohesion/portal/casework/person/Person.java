package org.cohesion.portal.casework.person;

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
 * A person known to the mechanism (presumed or identified victim). Identity fields hold
 * ciphertexts only; {@link PersonRecords} encrypts and decrypts them, bound to this row's
 * {@link #getRef() ref}. Field names follow HTCDS 2.0 ({@code prs_}).
 */
@Entity
@Table(name = "mnr_person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private String code;

	private long organisationId;

	private long ownerId;

	private LocalDate identifiedOn;

	@Column(name = "prs_first_name")
	private byte @Nullable [] prsFirstName;

	@Column(name = "prs_second_name")
	private byte @Nullable [] prsSecondName;

	@Column(name = "prs_aliases")
	private byte @Nullable [] prsAliases;

	@Column(name = "prs_birthdate")
	private byte @Nullable [] prsBirthdate;

	@Column(name = "prs_mobile_phone")
	private byte @Nullable [] prsMobilePhone;

	@Column(name = "prs_home_phone")
	private byte @Nullable [] prsHomePhone;

	@Column(name = "prs_mailing_address")
	private byte @Nullable [] prsMailingAddress;

	@Column(name = "prs_identity_number")
	private byte @Nullable [] prsIdentityNumber;

	@Column(name = "prs_narrative")
	private byte @Nullable [] prsNarrative;

	@Column(name = "prs_photo")
	private @Nullable String prsPhoto;

	@Column(name = "prs_gender")
	private String prsGender;

	@Column(name = "prs_age")
	private @Nullable Integer prsAge;

	@Column(name = "prs_age_band")
	private @Nullable String prsAgeBand;

	@Column(name = "prs_citizenship")
	private @Nullable String prsCitizenship;

	@Column(name = "prs_primary_language")
	private @Nullable String prsPrimaryLanguage;

	@Column(name = "prs_secondary_language")
	private @Nullable String prsSecondaryLanguage;

	private boolean isChild;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Person() {
		this.ref = "";
		this.code = "";
		this.identifiedOn = LocalDate.EPOCH;
		this.prsGender = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Person(String code, long organisationId, long ownerId, LocalDate identifiedOn, Clock clock) {
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.code = code;
		this.organisationId = organisationId;
		this.ownerId = ownerId;
		this.identifiedOn = identifiedOn;
		this.prsGender = Gender.NON_SPECIFIED_UNKNOWN.htcds();
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** The readable attributes; the child flag follows from the age at identification. */
	void describe(Gender gender, @Nullable Integer ageAtIdentification, @Nullable AgeBand band,
			@Nullable String citizenship, @Nullable String primaryLanguage, @Nullable String secondaryLanguage,
			Clock clock) {
		this.prsGender = gender.htcds();
		this.prsAge = ageAtIdentification;
		AgeBand effective = ageAtIdentification != null ? AgeBand.of(ageAtIdentification) : band;
		this.prsAgeBand = effective == null ? null : effective.code();
		this.isChild = effective != null && effective.child();
		this.prsCitizenship = citizenship;
		this.prsPrimaryLanguage = primaryLanguage;
		this.prsSecondaryLanguage = secondaryLanguage;
		this.updatedAt = clock.instant();
	}

	void encrypted(Field field, byte @Nullable [] ciphertext) {
		switch (field) {
			case FIRST_NAME -> prsFirstName = ciphertext;
			case SECOND_NAME -> prsSecondName = ciphertext;
			case ALIASES -> prsAliases = ciphertext;
			case BIRTHDATE -> prsBirthdate = ciphertext;
			case MOBILE_PHONE -> prsMobilePhone = ciphertext;
			case HOME_PHONE -> prsHomePhone = ciphertext;
			case MAILING_ADDRESS -> prsMailingAddress = ciphertext;
			case IDENTITY_NUMBER -> prsIdentityNumber = ciphertext;
			case NARRATIVE -> prsNarrative = ciphertext;
		}
	}

	byte @Nullable [] encrypted(Field field) {
		return switch (field) {
			case FIRST_NAME -> prsFirstName;
			case SECOND_NAME -> prsSecondName;
			case ALIASES -> prsAliases;
			case BIRTHDATE -> prsBirthdate;
			case MOBILE_PHONE -> prsMobilePhone;
			case HOME_PHONE -> prsHomePhone;
			case MAILING_ADDRESS -> prsMailingAddress;
			case IDENTITY_NUMBER -> prsIdentityNumber;
			case NARRATIVE -> prsNarrative;
		};
	}

	void photo(@Nullable String fileReference) {
		this.prsPhoto = fileReference;
	}

	/** The encrypted columns, by their HTCDS name. */
	enum Field {

		FIRST_NAME("prs_first_name"), SECOND_NAME("prs_second_name"), ALIASES("prs_aliases"),
		BIRTHDATE("prs_birthdate"), MOBILE_PHONE("prs_mobile_phone"), HOME_PHONE("prs_home_phone"),
		MAILING_ADDRESS("prs_mailing_address"), IDENTITY_NUMBER("prs_identity_number"), NARRATIVE("prs_narrative");

		private final String column;

		Field(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}

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

	long getOrganisationId() {
		return organisationId;
	}

	long getOwnerId() {
		return ownerId;
	}

	LocalDate getIdentifiedOn() {
		return identifiedOn;
	}

	@Nullable String getPrsPhoto() {
		return prsPhoto;
	}

	Gender getGender() {
		return Gender.fromHtcds(prsGender);
	}

	@Nullable Integer getPrsAge() {
		return prsAge;
	}

	@Nullable AgeBand getAgeBand() {
		return prsAgeBand == null ? null : AgeBand.fromCode(prsAgeBand);
	}

	@Nullable String getPrsCitizenship() {
		return prsCitizenship;
	}

	@Nullable String getPrsPrimaryLanguage() {
		return prsPrimaryLanguage;
	}

	@Nullable String getPrsSecondaryLanguage() {
		return prsSecondaryLanguage;
	}

	boolean isChild() {
		return isChild;
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
