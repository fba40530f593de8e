package org.cohesion.portal.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.cohesion.portal.accounts.domain.RecoveryCode;
import org.cohesion.portal.accounts.domain.RecoveryCodeRepository;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a second factor (TOTP secret confirmed by a first code, plus recovery codes) and
 * checks the code that completes a sign-in. Every outcome goes to the audit trail; wrong
 * codes count towards the account's lock like wrong passwords.
 */
@Service
public class SecondFactors {

	public static final int RECOVERY_CODES = 10;

	/** No 0/O, 1/l/I: read from paper and typed by hand. */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** How a second-factor sign-in attempt ended. */
	public enum Outcome {

		ACCEPTED, REFUSED, LOCKED

	}

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final AuditTrail audit;

	private final Throttles throttles;

	private final Clock clock;

	SecondFactors(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, AuditTrail audit,
			Throttles throttles, Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
		this.throttles = throttles;
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
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			audit.record(user.getEmail(), ip, "SECOND_FACTOR_ENROLMENT_FAILURE", "account", String.valueOf(accountId),
					"Code de confirmation erroné lors de l’activation de la double authentification", null, null);
			return Optional.empty();
		}
		user.enrolSecondFactor(secret);
		user.useTotpStep(step.getAsLong());
		List<String> codes = newRecoveryCodes(accountId);
		audit.record(user.getEmail(), ip, "SECOND_FACTOR_ENROLLED", "account", String.valueOf(accountId),
				"Double authentification activée", "2FA: non", "2FA: oui");
		return Optional.of(codes);
	}

	/** Checks a TOTP code, or else a recovery code (used up once it works). */
	@Transactional
	public Outcome verify(long accountId, String code, @Nullable String ip) {
		UserAccount user = users.findById(accountId).orElseThrow();
		if (!user.isEnabled() || user.isLockedAt(clock.instant()) || !user.hasSecondFactor()) {
			return Outcome.LOCKED;
		}
		OptionalLong step = Totp.matchingStep(user.getTotpSecret(), code, clock.instant());
		if (step.isPresent() && user.useTotpStep(step.getAsLong())) {
			succeed(user, ip, "code de l’application");
			return Outcome.ACCEPTED;
		}
		Optional<RecoveryCode> recovery = step.isPresent() ? Optional.empty() : recoveryCodes
			.findByAccountIdAndCodeHashAndUsedAtIsNull(accountId, AccountTokens.sha256(normaliseRecoveryCode(code)));
		if (recovery.isPresent()) {
			recovery.get().use(clock.instant());
			succeed(user, ip,
					"code de secours (" + recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId) + " restants)");
			return Outcome.ACCEPTED;
		}
		user.recordFailure(clock);
		if (ip != null && throttles.signInFailed(ip)) {
			SignInEvents.auditBlock(audit, ip);
		}
		audit.record(user.getEmail(), ip, "SIGN_IN_SECOND_FACTOR_FAILURE", "account", String.valueOf(accountId),
				step.isPresent() ? "Code de double authentification déjà utilisé"
						: "Code de double authentification erroné",
				null, null);
		return user.isLockedAt(clock.instant()) ? Outcome.LOCKED : Outcome.REFUSED;
	}

	private void succeed(UserAccount user, @Nullable String ip, String how) {
		user.recordSignIn(clock);
		audit.record(user.getEmail(), ip, "SIGN_IN_SUCCESS", "account", String.valueOf(user.getId()),
				"Connexion réussie avec double authentification (" + how + ")", null, null);
	}

	public long remainingRecoveryCodes(long accountId) {
		return recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId);
	}

	private List<String> newRecoveryCodes(long accountId) {
		recoveryCodes.deleteForAccount(accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			String shown = code.substring(0, 5) + "-" + code.substring(5);
			codes.add(shown);
			recoveryCodes.save(new RecoveryCode(accountId, AccountTokens.sha256(normaliseRecoveryCode(shown))));
		}
		return codes;
	}

	static String normaliseRecoveryCode(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
