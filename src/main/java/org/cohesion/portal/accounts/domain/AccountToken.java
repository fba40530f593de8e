package org.cohesion.portal.accounts.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A link sent by e-mail (invitation, password reset): single-use and expiring. Only the
 * SHA-256 hash of the token is stored, so the table alone opens nothing.
 */
@Entity
@Table(name = "accounts_token")
public class AccountToken {

	/** What a token lets its holder do. */
	public enum Purpose {

		INVITATION, PASSWORD_RESET

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Purpose purpose;

	@Column(nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected AccountToken() {
	}

	public AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isUsableAt(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	public void use(Instant now) {
		if (!isUsableAt(now)) {
			throw new IllegalStateException("Token already used or expired");
		}
		usedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Purpose getPurpose() {
		return purpose;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

}
