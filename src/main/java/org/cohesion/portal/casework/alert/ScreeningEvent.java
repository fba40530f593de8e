package org.cohesion.portal.casework.alert;

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

import org.jspecify.annotations.Nullable;

/**
 * A place and date of recruitment, transit or exploitation (HTCDS {@code hte_}), told at
 * the interview; place and description encrypted, bound to {@link #getRef()}. Part of its
 * screening (changed only through it, while open).
 */
@Entity
@Table(name = "mnr_screening_event")
class ScreeningEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long screeningId;

	@Column(name = "hte_type")
	private String type;

	@Column(name = "hte_place")
	private byte @Nullable [] place;

	@Column(name = "hte_date")
	private @Nullable LocalDate date;

	@Column(name = "hte_description")
	private byte @Nullable [] description;

	private Instant createdAt;

	protected ScreeningEvent() {
		this.ref = "";
		this.type = "";
		this.createdAt = Instant.EPOCH;
	}

	ScreeningEvent(long screeningId, Indicators.EventType type, @Nullable LocalDate date, Clock clock) {
		this.ref = UUID.randomUUID().toString().replace("-", "");
		this.screeningId = screeningId;
		this.type = type.htcds();
		this.date = date;
		this.createdAt = clock.instant();
	}

	void encrypted(byte @Nullable [] placeCiphertext, byte @Nullable [] descriptionCiphertext) {
		this.place = placeCiphertext;
		this.description = descriptionCiphertext;
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	long getScreeningId() {
		return screeningId;
	}

	Indicators.@Nullable EventType getType() {
		return Indicators.of(Indicators.EventType.class, type);
	}

	byte @Nullable [] getPlace() {
		return place;
	}

	@Nullable LocalDate getDate() {
		return date;
	}

	byte @Nullable [] getDescription() {
		return description;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
