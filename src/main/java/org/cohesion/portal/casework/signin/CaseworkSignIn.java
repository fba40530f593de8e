package org.cohesion.portal.casework.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.identity.SecondFactorCheck.Verification;
import org.cohesion.portal.identity.Totp;
import org.springframework.stereotype.Service;

/**
 * The steps of signing in to the casework, over the shared sign-in core: password (with
 * throttling), then a code (or, the first time, the enrolment of an authenticator), then,
 * for a password an administrator set, the owner's own password.
 */
@Service
class CaseworkSignIn {

	/** What a password attempt leads to. */
	sealed interface PasswordResult {

		record Refused() implements PasswordResult {
		}

		/** Too many tries from this address for this user: wait before the next. */
		record Wait(Duration delay) implements PasswordResult {
		}

		/**
		 * No second factor yet, and the account is under a guessing attack: enrolling one
		 * with the password alone is refused.
		 */
		record EnrolmentBlocked() implements PasswordResult {
		}

		record Accepted(Caseworker caseworker, SignInStage next) implements PasswordResult {
		}

	}

	/** What a code attempt leads to. */
	sealed interface CodeResult {

		record Wrong() implements CodeResult {
		}

		record Blocked() implements CodeResult {
		}

		record Accepted(Caseworker caseworker, SignInStage next, int remainingRecoveryCodes) implements CodeResult {
		}

	}

	private final CaseworkUserRepository users;

	private final StaffSecondFactorStore store;

	private final CaseworkIdentity identity;

	private final Clock clock;

	CaseworkSignIn(CaseworkUserRepository users, StaffSecondFactorStore store, CaseworkIdentity identity, Clock clock) {
		this.users = users;
		this.store = store;
		this.identity = identity;
		this.clock = clock;
	}

	@CaseworkTransactional(readOnly = true)
	public PasswordResult password(String username, String password, String address) {
		String name = CaseworkUser.normalise(username);
		Duration wait = identity.throttle().pairWait(name, address);
		if (!wait.isZero()) {
			return new PasswordResult.Wait(wait);
		}
		Optional<CaseworkUser> found = users.findByUsername(name)
			.filter(user -> user.isEnabled() && user.getOrganisation().isActive());
		if (found.isEmpty()) {
			identity.spendTimeForUnknownUser(password);
			identity.throttle().failed(name, address);
			return new PasswordResult.Refused();
		}
		CaseworkUser user = found.get();
		if (!identity.passwordMatches(password, user.getPasswordHash())) {
			identity.throttle().failed(name, address);
			return new PasswordResult.Refused();
		}
		if (!user.hasSecondFactor()) {
			if (identity.throttle().needsSecondFactor(name, address)) {
				return new PasswordResult.EnrolmentBlocked();
			}
			return new PasswordResult.Accepted(user.caseworker(), SignInStage.ENROLMENT);
		}
		return new PasswordResult.Accepted(user.caseworker(), SignInStage.AWAITING_CODE);
	}

	@CaseworkTransactional
	public CodeResult code(long userId, String code, String address) {
		CaseworkUser user = users.findById(userId).filter(CaseworkUser::isEnabled).orElse(null);
		if (user == null) {
			return new CodeResult.Wrong();
		}
		if (identity.throttle().codesBlocked(user.getUsername())) {
			return new CodeResult.Blocked();
		}
		Verification verification = identity.secondFactors().verify(store, userId, code);
		if (!verification.accepted()) {
			identity.throttle().codeFailed(user.getUsername());
			return new CodeResult.Wrong();
		}
		return new CodeResult.Accepted(user.caseworker(), signedIn(user, address),
				verification.remainingRecoveryCodes());
	}

	/** A new secret to enrol: shown to the user, kept in their session until enrolled. */
	String newSecret() {
		return Totp.newSecret();
	}

	String otpauthUri(String username, String secret) {
		return Totp.uri("MNR", username, secret);
	}

	/**
	 * Enrols the authenticator if the code proves it holds the secret; the recovery codes
	 * to show once, and the next stage.
	 */
	@CaseworkTransactional
	public Optional<Enrolled> enrol(long userId, String secret, String code, String address) {
		CaseworkUser user = users.findById(userId).filter(CaseworkUser::isEnabled).orElse(null);
		if (user == null || user.hasSecondFactor()) {
			return Optional.empty();
		}
		if (identity.throttle().codesBlocked(user.getUsername())) {
			return Optional.empty();
		}
		Optional<List<String>> codes = identity.secondFactors().enrol(store, userId, secret, code);
		if (codes.isEmpty()) {
			identity.throttle().codeFailed(user.getUsername());
			return Optional.empty();
		}
		return Optional.of(new Enrolled(user.caseworker(), signedIn(user, address), codes.get()));
	}

	record Enrolled(Caseworker caseworker, SignInStage next, List<String> recoveryCodes) {
	}

	private SignInStage signedIn(CaseworkUser user, String address) {
		identity.throttle().succeeded(user.getUsername(), address);
		user.signedIn(clock);
		return user.isPasswordChangeRequired() ? SignInStage.PASSWORD_CHANGE : SignInStage.SIGNED_IN;
	}

	/** The message key of the problem, or empty once the password is changed. */
	@CaseworkTransactional
	public Optional<String> changePassword(long userId, String password, String confirmation) {
		CaseworkUser user = users.findById(userId).orElseThrow();
		if (!password.equals(confirmation)) {
			return Optional.of("mnr.password.mismatch");
		}
		Optional<String> problem = identity.policy().check(password, user.getUsername());
		if (problem.isPresent()) {
			return problem;
		}
		if (identity.passwordMatches(password, user.getPasswordHash())) {
			return Optional.of("mnr.password.same");
		}
		user.changePassword(identity.passwords().encode(password));
		return Optional.empty();
	}

	/**
	 * A fresh proof before a sensitive action: the password and a code again, under the
	 * same throttling as a sign-in.
	 */
	@CaseworkTransactional
	public boolean reauthenticate(long userId, String password, String code, String address) {
		CaseworkUser user = users.findById(userId).filter(CaseworkUser::isEnabled).orElse(null);
		if (user == null) {
			return false;
		}
		if (!identity.throttle().pairWait(user.getUsername(), address).isZero()
				|| identity.throttle().codesBlocked(user.getUsername())) {
			return false;
		}
		if (!identity.passwordMatches(password, user.getPasswordHash())) {
			identity.throttle().failed(user.getUsername(), address);
			return false;
		}
		if (!identity.secondFactors().verify(store, userId, code).accepted()) {
			identity.throttle().codeFailed(user.getUsername());
			return false;
		}
		return true;
	}

	/** The current state of a signed-in user, or empty if they may no longer sign in. */
	@CaseworkTransactional(readOnly = true)
	public Optional<Caseworker> current(long userId) {
		return users.findById(userId)
			.filter(user -> user.isEnabled() && user.getOrganisation().isActive())
			.map(CaseworkUser::caseworker);
	}

}
