package org.cohesion.portal.casework.signin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.StaffRecoveryCode;
import org.cohesion.portal.casework.staff.StaffRecoveryCodeRepository;
import org.cohesion.portal.identity.RecoveryCodes;
import org.cohesion.portal.identity.SecondFactorStore;
import org.springframework.stereotype.Component;

/**
 * The casework users' side of the shared second-factor check: sealed TOTP secrets and
 * hashed recovery codes in the casework database. Called inside casework transactions.
 */
@Component
class StaffSecondFactorStore implements SecondFactorStore {

	private final CaseworkUserRepository users;

	private final StaffRecoveryCodeRepository codes;

	private final Clock clock;

	StaffSecondFactorStore(CaseworkUserRepository users, StaffRecoveryCodeRepository codes, Clock clock) {
		this.users = users;
		this.codes = codes;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "casework";
	}

	@Override
	public Optional<String> sealedTotpSecret(long userId) {
		return users.findById(userId).map(CaseworkUser::getTotpSecret);
	}

	@Override
	public void saveSealedTotpSecret(long userId, String sealed) {
		user(userId).storeSealedTotpSecret(sealed);
	}

	@Override
	public boolean useTotpStep(long userId, long step) {
		return user(userId).useTotpStep(step);
	}

	@Override
	public List<RecoveryCodes.Stored> unusedRecoveryCodes(long userId) {
		return codes.findByUserIdAndUsedAtIsNull(userId)
			.stream()
			.map(code -> new RecoveryCodes.Stored(code.getId(), code.getCodeHash()))
			.toList();
	}

	@Override
	public void useRecoveryCode(long userId, long codeId) {
		codes.findById(codeId).filter(code -> code.getUserId() == userId).ifPresent(code -> code.use(clock.instant()));
	}

	@Override
	public void replaceRecoveryCodes(long userId, List<String> hashes) {
		codes.deleteByUser(userId);
		hashes.forEach(hash -> codes.save(new StaffRecoveryCode(userId, hash)));
	}

	private CaseworkUser user(long userId) {
		return users.findById(userId).orElseThrow();
	}

}
