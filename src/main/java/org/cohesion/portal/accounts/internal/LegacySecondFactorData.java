package org.cohesion.portal.accounts.internal;

import org.cohesion.portal.accounts.domain.RecoveryCodeRepository;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.identity.RecoveryCodes;
import org.cohesion.portal.identity.SecondFactorCheck;
import org.cohesion.portal.identity.SecretSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings second-factor data written before the shared sign-in core up to it, once, at
 * start-up: TOTP secrets stored in clear are sealed with the accounts' key, and recovery
 * codes stored as unsalted SHA-256 are wrapped in the password encoder's hash (the codes
 * people printed keep working; no bare SHA-256 stays in the table). Idempotent.
 */
@Component
@Order(0)
class LegacySecondFactorData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegacySecondFactorData.class);

	private final UserAccountRepository users;

	private final RecoveryCodeRepository codes;

	private final AccountSecondFactorStore store;

	private final SecondFactorCheck check;

	private final RecoveryCodes recoveryCodes;

	private final AuditTrail audit;

	LegacySecondFactorData(UserAccountRepository users, RecoveryCodeRepository codes, AccountSecondFactorStore store,
			SecondFactorCheck check, RecoveryCodes recoveryCodes, AuditTrail audit) {
		this.users = users;
		this.codes = codes;
		this.store = store;
		this.check = check;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int secrets = 0;
		for (UserAccount user : users.findAll()) {
			String secret = user.getTotpSecret();
			if (secret != null && !SecretSealer.isSealed(secret)) {
				user.enrolSecondFactor(check.seal(store, user.getId(), secret));
				secrets++;
			}
		}
		int hashes = 0;
		for (var code : codes.findAll()) {
			if (RecoveryCodes.isLegacy(code.getCodeHash())) {
				code.rehash(recoveryCodes.rewrapLegacy(code.getCodeHash()));
				hashes++;
			}
		}
		if (secrets + hashes > 0) {
			audit.record("système", null, "SECOND_FACTOR_DATA_MIGRATED", "account", null,
					"Secrets TOTP chiffrés : " + secrets + " ; codes de secours re-hachés : " + hashes, null, null);
			log.info("Sealed {} clear TOTP secrets and re-hashed {} legacy recovery codes", secrets, hashes);
		}
	}

}
