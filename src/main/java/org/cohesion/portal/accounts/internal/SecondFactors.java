package org.cohesion.portal.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.identity.SecondFactorCheck;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.identity.SecondFactorCheck.Verification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a second factor (TOTP secret confirmed by a first code, plus recovery codes) and
 * checks the code that completes a sign-in, through the shared core
 * ({@link SecondFactorCheck}). Every outcome goes to the audit trail; wrong codes are
 * throttled per account (five free, then one every three minutes) and count as failures
 * of the pair and the address like wrong passwords.
 */
@Service
public class SecondFactors {

	/** How a second-factor sign-in attempt ended. */
	public enum Outcome {

		ACCEPTED, REFUSED, LOCKED

	}

	private final UserAccountRepository users;

	private final AccountSecondFactorStore store;

	private final SecondFactorCheck check;

	private final AuditTrail audit;

	private final SignInThrottle throttle;

	private final Clock clock;

	SecondFactors(UserAccountRepository users, AccountSecondFactorStore store, SecondFactorCheck check,
			AuditTrail audit, SignInThrottle throttle, Clock clock) {
		this.users = users;
		this.store = store;
		this.check = check;
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * Saves the secret if the code proves the authenticator has it; returns the recovery
	 * codes, to be shown once.
	 */
	@Transactional
	public Optional<List<String>> enrol(long accountId, String secret, String code, @Nullable String ip) {
		UserAccount user = users.findById(accountId).orElseThrow();
		if (user.hasSecondFactor()) {
			// replacing a second factor goes through an administrator's reset, never
			// silently
			return Optional.empty();
		}
		Optional<List<String>> codes = check.enrol(store, accountId, secret, code);
		if (codes.isEmpty()) {
			audit.record(user.getEmail(), ip, "SECOND_FACTOR_ENROLMENT_FAILURE", "account", String.valueOf(accountId),
					"Code de confirmation erroné lors de l’activation de la double authentification", null, null);
			return Optional.empty();
		}
		audit.record(user.getEmail(), ip, "SECOND_FACTOR_ENROLLED", "account", String.valueOf(accountId),
				"Double authentification activée", "2FA: non", "2FA: oui");
		return codes;
	}

	/** Checks a TOTP code, or else a recovery code (used up once it works). */
	@Transactional
	public Outcome verify(long accountId, String code, @Nullable String ip) {
		UserAccount user = users.findById(accountId).orElseThrow();
		if (!user.isEnabled() || !user.hasSecondFactor() || throttle.codesBlocked(user.getEmail())) {
			return Outcome.LOCKED;
		}
		Verification verification = check.verify(store, accountId, code);
		switch (verification.outcome()) {
			case TOTP -> {
				succeed(user, ip, "code de l’application");
				return Outcome.ACCEPTED;
			}
			case RECOVERY_CODE -> {
				succeed(user, ip, "code de secours (" + verification.remainingRecoveryCodes() + " restants)");
				return Outcome.ACCEPTED;
			}
			default -> {
			}
		}
		throttle.codeFailed(user.getEmail());
		if (ip != null && throttle.failed(user.getEmail(), ip)) {
			SignInEvents.auditBlock(audit, ip);
		}
		audit.record(user.getEmail(), ip, "SIGN_IN_SECOND_FACTOR_FAILURE", "account", String.valueOf(accountId),
				verification.outcome() == SecondFactorCheck.Outcome.REPLAYED
						? "Code de double authentification déjà utilisé" : "Code de double authentification erroné",
				null, null);
		return throttle.codesBlocked(user.getEmail()) ? Outcome.LOCKED : Outcome.REFUSED;
	}

	/**
	 * Checks a code that confirms a sensitive change of a signed-in person (not a
	 * sign-in): TOTP or recovery code, throttled and audited like the sign-in's.
	 */
	@Transactional
	public Outcome confirm(long accountId, String code, @Nullable String ip) {
		UserAccount user = users.findById(accountId).orElseThrow();
		if (!user.isEnabled() || !user.hasSecondFactor() || throttle.codesBlocked(user.getEmail())) {
			return Outcome.LOCKED;
		}
		Verification verification = check.verify(store, accountId, code);
		if (verification.accepted()) {
			return Outcome.ACCEPTED;
		}
		throttle.codeFailed(user.getEmail());
		audit.record(user.getEmail(), ip, "SECOND_FACTOR_CONFIRMATION_FAILURE", "account", String.valueOf(accountId),
				"Code de double authentification erroné lors d’une confirmation", null, null);
		return throttle.codesBlocked(user.getEmail()) ? Outcome.LOCKED : Outcome.REFUSED;
	}

	private void succeed(UserAccount user, @Nullable String ip, String how) {
		user.recordSignIn(clock);
		if (ip != null) {
			throttle.succeeded(user.getEmail(), ip);
		}
		audit.record(user.getEmail(), ip, "SIGN_IN_SUCCESS", "account", String.valueOf(user.getId()),
				"Connexion réussie avec double authentification (" + how + ")", null, null);
	}

	/**
	 * Enrols a secret known in advance (the demo accounts' public one), sealed like any
	 * other; a secret sealed under another key (the demo key is made per process) is
	 * replaced.
	 */
	@Transactional
	public void enrolKnownSecret(long accountId, String secret) {
		UserAccount user = users.findById(accountId).orElseThrow();
		String sealed = user.getTotpSecret();
		if (sealed == null || !check.readable(store, accountId, sealed)) {
			user.enrolSecondFactor(check.seal(store, accountId, secret));
		}
	}

	/**
	 * How long before this account's codes are checked again (zero when they are): what
	 * the sign-in page tells someone who already gave the right password.
	 */
	@Transactional(readOnly = true)
	public java.time.Duration codesWait(long accountId) {
		return users.findById(accountId)
			.map(user -> throttle.codesWait(user.getEmail()))
			.orElse(java.time.Duration.ZERO);
	}

	/**
	 * Whether this account has a second factor; empty when there is no such account.
	 */
	@Transactional(readOnly = true)
	public Optional<Boolean> enrolled(long accountId) {
		return users.findById(accountId).map(user -> user.hasSecondFactor());
	}

	public long remainingRecoveryCodes(long accountId) {
		return store.unusedRecoveryCodes(accountId).size();
	}

}
