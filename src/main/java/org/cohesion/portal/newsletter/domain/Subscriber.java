package org.cohesion.portal.newsletter.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
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

import org.jspecify.annotations.Nullable;

/**
 * One address on the list. Its transitions check their own state: a confirmation needs
 * the nonce of the last link sent, within its validity, and only once.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber {

	public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 254, unique = true)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubscriberStatus status;

	@Column(nullable = false, length = 2000)
	private String interests = "";

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant confirmedAt;

	private @Nullable Instant unsubscribedAt;

	@Column(length = 64)
	private @Nullable String confirmNonce;

	private @Nullable Instant confirmSentAt;

	@Column(nullable = false)
	private int hardBounces;

	private @Nullable Instant suppressedAt;

	@Column(length = 200)
	private @Nullable String suppressedReason;

	@Version
	private long version;

	protected Subscriber() {
	}

	/** Someone asked to subscribe through a form: pending until they confirm. */
	public static Subscriber pending(String email, Collection<String> interests, String source, Instant now) {
		Subscriber subscriber = new Subscriber();
		subscriber.email = normalise(email);
		subscriber.status = SubscriberStatus.PENDING;
		subscriber.source = source;
		subscriber.createdAt = now;
		subscriber.interests = join(interests);
		return subscriber;
	}

	/**
	 * Imported with consent gathered elsewhere (paper form at an event, earlier list):
	 * active at once, the source says where the consent comes from.
	 */
	public static Subscriber imported(String email, Collection<String> interests, String source, Instant now) {
		Subscriber subscriber = pending(email, interests, source, now);
		subscriber.status = SubscriberStatus.ACTIVE;
		subscriber.confirmedAt = now;
		return subscriber;
	}

	public static String normalise(String email) {
		return EmailAddress.parse(email)
			.map(EmailAddress::toString)
			.orElseGet(() -> email.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * A new confirmation link is being sent (first sign-up, or again): the previous link
	 * stops working. An active subscriber asking again gets nothing new: returns false.
	 */
	public boolean requestConfirmation(String nonce, Collection<String> newInterests, Instant now) {
		if (status == SubscriberStatus.ACTIVE) {
			return false;
		}
		this.confirmNonce = nonce;
		this.confirmSentAt = now;
		this.interests = join(newInterests);
		if (status != SubscriberStatus.SUPPRESSED) {
			this.status = SubscriberStatus.PENDING;
		}
		return true;
	}

	/** Whether a confirmation link carrying this nonce may still be used. */
	public boolean canConfirm(String nonce, Instant now) {
		return confirmNonce != null && confirmNonce.equals(nonce) && confirmSentAt != null
				&& !now.isAfter(confirmSentAt.plus(CONFIRMATION_VALIDITY));
	}

	/** The link is used up whatever happens next. */
	public boolean confirm(String nonce, Instant now) {
		if (!canConfirm(nonce, now)) {
			return false;
		}
		this.confirmNonce = null;
		this.status = SubscriberStatus.ACTIVE;
		this.confirmedAt = now;
		this.unsubscribedAt = null;
		this.hardBounces = 0;
		this.suppressedAt = null;
		this.suppressedReason = null;
		return true;
	}

	/** Idempotent: a second click changes nothing. */
	public void unsubscribe(Instant now) {
		if (status == SubscriberStatus.UNSUBSCRIBED || status == SubscriberStatus.SUPPRESSED) {
			return;
		}
		this.status = SubscriberStatus.UNSUBSCRIBED;
		this.unsubscribedAt = now;
		this.confirmNonce = null;
	}

	public void suppress(String reason, Instant now) {
		this.status = SubscriberStatus.SUPPRESSED;
		this.suppressedAt = now;
		this.suppressedReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
		this.confirmNonce = null;
	}

	/** A hard bounce; the address is suppressed once {@code threshold} is reached. */
	public void hardBounce(int threshold, String reason, Instant now) {
		this.hardBounces++;
		if (hardBounces >= threshold) {
			suppress("rejets définitifs répétés : " + reason, now);
		}
	}

	public void changeInterests(Collection<String> interests) {
		this.interests = join(interests);
	}

	private static String join(Collection<String> interests) {
		return interests.stream()
			.map(String::strip)
			.filter(slug -> slug.matches("[a-z0-9-]{1,120}"))
			.distinct()
			.collect(Collectors.joining(","));
	}

	public Set<String> interestSet() {
		return interests.isEmpty() ? Set.of()
				: Arrays.stream(interests.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public SubscriberStatus getStatus() {
		return status;
	}

	public String getInterests() {
		return interests;
	}

	public String getSource() {
		return source;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getConfirmedAt() {
		return confirmedAt;
	}

	public @Nullable Instant getUnsubscribedAt() {
		return unsubscribedAt;
	}

	public @Nullable Instant getConfirmSentAt() {
		return confirmSentAt;
	}

	public int getHardBounces() {
		return hardBounces;
	}

	public @Nullable Instant getSuppressedAt() {
		return suppressedAt;
	}

	public @Nullable String getSuppressedReason() {
		return suppressedReason;
	}

}
