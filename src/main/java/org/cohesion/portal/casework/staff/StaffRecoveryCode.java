package org.cohesion.portal.casework.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A single-use recovery code of a casework user, hashed with the password encoder. */
@Entity
@Table(name = "mnr_recovery_code")
public class StaffRecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long userId;

	@Column(nullable = false, length = 255)
	private String codeHash;

	private @Nullable Instant usedAt;

	protected StaffRecoveryCode() {
	}

	public StaffRecoveryCode(long userId, String codeHash) {
		this.userId = userId;
		this.codeHash = codeHash;
	}

	public void use(Instant when) {
		this.usedAt = when;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public String getCodeHash() {
		return codeHash;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

}
