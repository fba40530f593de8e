package org.cohesion.portal.casework.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.casework.Caseworker;
import org.jspecify.annotations.Nullable;

/**
 * A casework user: one role in one organisation, in the casework database only (an
 * editorial account is no casework user, whatever its e-mail address). The password is
 * held as an adaptive hash, the TOTP secret sealed with a key kept outside the database.
 */
@Entity
@Table(name = "mnr_user")
public class CaseworkUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String username;

	@Column(nullable = false, length = 120)
	private String displayName;

	@Column(nullable = false, length = 255)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private CaseworkRole role;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false)
	private boolean enabled;

	/** The sealed TOTP secret; null until the user enrols (at their first sign-in). */
	@Column(length = 255)
	private @Nullable String totpSecret;

	/** The last TOTP time step accepted: a code is never accepted twice. */
	private long totpLastStep;

	@Column(nullable = false)
	private boolean passwordChangeRequired;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant lastSignInAt;

	@Version
	private long version;

	protected CaseworkUser() {
	}

	public CaseworkUser(String username, String displayName, CaseworkRole role, Organisation organisation,
			String passwordHash, Clock clock) {
		this.username = normalise(username);
		this.displayName = displayName.trim();
		this.role = role;
		this.organisation = organisation;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.passwordChangeRequired = true;
		this.createdAt = clock.instant();
	}

	public static String normalise(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	public Caseworker caseworker() {
		return new Caseworker(id, username, displayName, role, organisation.getId(), organisation.getCode(),
				organisation.getRegion());
	}

	/** Set by an administrator: the owner must choose their own at the next sign-in. */
	public void resetPassword(String hash) {
		this.passwordHash = hash;
		this.passwordChangeRequired = true;
	}

	/** Chosen by the owner. */
	public void changePassword(String hash) {
		this.passwordHash = hash;
		this.passwordChangeRequired = false;
	}

	public void assign(String displayName, CaseworkRole role, Organisation organisation) {
		this.displayName = displayName.trim();
		this.role = role;
		this.organisation = organisation;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/** The second factor goes: the user enrols a new one at the next sign-in. */
	public void resetSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = 0;
	}

	public void storeSealedTotpSecret(String sealed) {
		this.totpSecret = sealed;
	}

	/** False if this step (or a later one) was already used. */
	public boolean useTotpStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public void signedIn(Clock clock) {
		this.lastSignInAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public CaseworkRole getRole() {
		return role;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public @Nullable String getTotpSecret() {
		return totpSecret;
	}

	public boolean hasSecondFactor() {
		return totpSecret != null;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getLastSignInAt() {
		return lastSignInAt;
	}

}
