package org.cohesion.portal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols and checks the second factor of a user of any store, through its
 * {@link SecondFactorStore}: the TOTP secret is sealed with the store's
 * {@link SecretSealer}, recovery codes are hashed with its password encoder. Auditing,
 * throttling and the store's transaction stay with the caller.
 */
public final class SecondFactorCheck {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorCheck.class);

	/** How a code was taken. */
	public enum Outcome {

		/** A TOTP code of the current step (or one either side), not used before. */
		TOTP,
		/** An unused recovery code, now used up. */
		RECOVERY_CODE,
		/** A right TOTP code, but its step was already used. */
		REPLAYED,
		/** Neither. */
		WRONG

	}

	public record Verification(Outcome outcome, int remainingRecoveryCodes) {

		public boolean accepted() {
			return outcome == Outcome.TOTP || outcome == Outcome.RECOVERY_CODE;
		}

	}

	private final SecretSealer sealer;

	private final RecoveryCodes recoveryCodes;

	private final Clock clock;

	public SecondFactorCheck(SecretSealer sealer, RecoveryCodes recoveryCodes, Clock clock) {
		this.sealer = sealer;
		this.recoveryCodes = recoveryCodes;
		this.clock = clock;
	}

	/**
	 * Saves the secret if the code proves the authenticator holds it; returns the new
	 * recovery codes, to be shown once.
	 */
	public Optional<List<String>> enrol(SecondFactorStore store, long userId, String secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		store.saveSealedTotpSecret(userId, seal(store, userId, secret));
		store.useTotpStep(userId, step.getAsLong());
		return Optional.of(newRecoveryCodes(store, userId));
	}

	/** Replaces the user's recovery codes; returns the new ones, to be shown once. */
	public List<String> newRecoveryCodes(SecondFactorStore store, long userId) {
		List<RecoveryCodes.Issued> issued = recoveryCodes.issue();
		store.replaceRecoveryCodes(userId, issued.stream().map(RecoveryCodes.Issued::hash).toList());
		return issued.stream().map(RecoveryCodes.Issued::shown).toList();
	}

	/** Checks a TOTP code, or else a recovery code (used up once it works). */
	public Verification verify(SecondFactorStore store, long userId, String code) {
		Optional<String> sealed = store.sealedTotpSecret(userId);
		if (sealed.isEmpty()) {
			return new Verification(Outcome.WRONG, 0);
		}
		OptionalLong step = OptionalLong.empty();
		try {
			step = Totp.matchingStep(sealer.open(sealed.get(), context(store, userId)), code, clock.instant());
		}
		catch (SecretSealer.SealedSecretUnreadable ex) {
			// another key than the one it was sealed with: only a recovery code helps now
			log.warn("The second-factor secret of {} user {} cannot be opened with the configured key", store.name(),
					userId);
		}
		if (step.isPresent()) {
			boolean fresh = store.useTotpStep(userId, step.getAsLong());
			return new Verification(fresh ? Outcome.TOTP : Outcome.REPLAYED, remaining(store, userId));
		}
		List<RecoveryCodes.Stored> unused = store.unusedRecoveryCodes(userId);
		Optional<RecoveryCodes.Stored> match = recoveryCodes.match(code, unused);
		if (match.isPresent()) {
			store.useRecoveryCode(userId, match.get().id());
			return new Verification(Outcome.RECOVERY_CODE, unused.size() - 1);
		}
		return new Verification(Outcome.WRONG, unused.size());
	}

	/** The sealed form of a secret for one user of one store. */
	public String seal(SecondFactorStore store, long userId, String secret) {
		return sealer.seal(secret, context(store, userId));
	}

	/** Whether the sealed secret opens with the configured key. */
	public boolean readable(SecondFactorStore store, long userId, String sealed) {
		try {
			sealer.open(sealed, context(store, userId));
			return true;
		}
		catch (SecretSealer.SealedSecretUnreadable ex) {
			return false;
		}
	}

	private int remaining(SecondFactorStore store, long userId) {
		return store.unusedRecoveryCodes(userId).size();
	}

	private static String context(SecondFactorStore store, long userId) {
		return store.name() + ":totp:" + userId;
	}

}
