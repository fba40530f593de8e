package org.cohesion.portal.newsletter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** What a person consented to, word for word, when and from where. */
@Entity
@Table(name = "newsletter_consent")
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long subscriberId;

	@Column(nullable = false)
	private Instant givenAt;

	@Column(length = 45)
	private @Nullable String ip;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, length = 4000)
	private String wording;

	private @Nullable Instant confirmedAt;

	@Column(length = 45)
	private @Nullable String confirmedIp;

	protected Consent() {
	}

	public Consent(long subscriberId, Instant givenAt, @Nullable String ip, String source, String wording) {
		this.subscriberId = subscriberId;
		this.givenAt = givenAt;
		this.ip = ip;
		this.source = source;
		this.wording = wording.length() > 4000 ? wording.substring(0, 4000) : wording;
	}

	public void confirmed(Instant now, @Nullable String ip) {
		if (confirmedAt == null) {
			this.confirmedAt = now;
			this.confirmedIp = ip;
		}
	}

	public Long getId() {
		return id;
	}

	public long getSubscriberId() {
		return subscriberId;
	}

	public Instant getGivenAt() {
		return givenAt;
	}

	public @Nullable String getIp() {
		return ip;
	}

	public String getSource() {
		return source;
	}

	public String getWording() {
		return wording;
	}

	public @Nullable Instant getConfirmedAt() {
		return confirmedAt;
	}

	public @Nullable String getConfirmedIp() {
		return confirmedIp;
	}

}
