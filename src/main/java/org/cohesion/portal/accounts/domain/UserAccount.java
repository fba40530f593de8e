package org.cohesion.portal.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.EditorialRole;
import org.jspecify.annotations.Nullable;

/**
 * A member of the editorial team. The password is only ever held as an adaptive hash.
 * Repeated failures slow the guesser down ({@code identity.SignInThrottle}) rather than
 * locking the account: a hard lock would lock its rightful owner out too.
 */
@Entity
@Table(name = "accounts_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(nullable = false, length = 120)
	private String displayName;

	@Column(length = 255)
	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EditorialRole role;

	@Column(nullable = false)
	private boolean enabled;

	/**
	 * The TOTP secret, once a second factor is enrolled, sealed with the accounts' key
	 * (never in clear: see {@code identity.SecretSealer}).
	 */
	@Column(length = 255)
	private @Nullable String totpSecret;

	/** The last TOTP time step accepted: a code is never accepted twice. */
	private long totpLastStep;

	@Column(nullable = false)
	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant lastSignInAt;

	/** Made by (or while running) the demo: its password may be public. */
	@Column(nullable = false)
	private boolean createdInDemo;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, EditorialRole role, Clock clock) {
		this.email = normalise(email);
		this.displayName = displayName.strip();
		this.role = role;
		this.enabled = true;
		this.createdAt = clock.instant();
	}

	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void recordSignIn(Clock clock) {
		failedAttempts = 0;
		lockedUntil = null;
		lastSignInAt = clock.instant();
	}

	public void enrolSecondFactor(String sealedSecret) {
		this.totpSecret = sealedSecret;
		this.totpLastStep = 0;
	}

	public void resetSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = 0;
	}

	/** Accepts a TOTP time step once: false if it (or a later one) was already used. */
	public boolean useTotpStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	public void markCreatedInDemo() {
		this.createdInDemo = true;
	}

	public void changeRole(EditorialRole role) {
		this.role = role;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public boolean hasSecondFactor() {
		return totpSecret != null;
	}

	public CurrentEditor toEditor() {
		return new CurrentEditor(id, email, displayName, role);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public @Nullable String getPasswordHash() {
		return passwordHash;
	}

	public EditorialRole getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public @Nullable String getTotpSecret() {
		return totpSecret;
	}

	public @Nullable Instant getLastSignInAt() {
		return lastSignInAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
