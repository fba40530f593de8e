package org.cohesion.portal.accounts.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A single-use code that replaces the second factor once (lost phone); only its hash is
 * kept, made by the password encoder.
 */
@Entity
@Table(name = "accounts_recovery_code")
public class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@Column(nullable = false, length = 255)
	private String codeHash;

	private @Nullable Instant usedAt;

	protected RecoveryCode() {
	}

	public RecoveryCode(Long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getCodeHash() {
		return codeHash;
	}

	/** Replaces the stored hash by a stronger one of the same code. */
	public void rehash(String codeHash) {
		this.codeHash = codeHash;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

	public void use(Instant now) {
		if (usedAt != null) {
			throw new IllegalStateException("Recovery code already used");
		}
		usedAt = now;
	}

}
