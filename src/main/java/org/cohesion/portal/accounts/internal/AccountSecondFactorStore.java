package org.cohesion.portal.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.cohesion.portal.accounts.domain.RecoveryCode;
import org.cohesion.portal.accounts.domain.RecoveryCodeRepository;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.identity.RecoveryCodes;
import org.cohesion.portal.identity.SecondFactorStore;
import org.springframework.stereotype.Component;

/** The editorial accounts as seen by the shared second-factor check. */
@Component
class AccountSecondFactorStore implements SecondFactorStore {

	private final UserAccountRepository users;

	private final RecoveryCodeRepository codes;

	private final java.time.Clock clock;

	AccountSecondFactorStore(UserAccountRepository users, RecoveryCodeRepository codes, java.time.Clock clock) {
		this.users = users;
		this.codes = codes;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public Optional<String> sealedTotpSecret(long userId) {
		return users.findById(userId).map(user -> user.getTotpSecret());
	}

	@Override
	public void saveSealedTotpSecret(long userId, String sealed) {
		users.findById(userId).orElseThrow().enrolSecondFactor(sealed);
	}

	@Override
	public boolean useTotpStep(long userId, long step) {
		return users.findById(userId).orElseThrow().useTotpStep(step);
	}

	@Override
	public List<RecoveryCodes.Stored> unusedRecoveryCodes(long userId) {
		return codes.findByAccountIdAndUsedAtIsNull(userId)
			.stream()
			.map(code -> new RecoveryCodes.Stored(code.getId(), code.getCodeHash()))
			.toList();
	}

	@Override
	public void useRecoveryCode(long userId, long codeId) {
		codes.findById(codeId).filter(code -> code.getAccountId() == userId).orElseThrow().use(clock.instant());
	}

	@Override
	public void replaceRecoveryCodes(long userId, List<String> hashes) {
		codes.deleteForAccount(userId);
		hashes.forEach(hash -> codes.save(new RecoveryCode(userId, hash)));
	}

}
