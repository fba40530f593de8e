package org.cohesion.portal.accounts.internal;

import java.time.Clock;

import org.cohesion.portal.identity.PasswordPolicy;
import org.cohesion.portal.identity.RecoveryCodes;
import org.cohesion.portal.identity.SecondFactorCheck;
import org.cohesion.portal.identity.SecretSealer;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The editorial accounts' instances of the shared sign-in core ({@code identity}): their
 * own sealing key ({@code PORTAL_ACCOUNTS_KEYSET}), their own throttle buckets.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	static final String KEY_VARIABLE = "PORTAL_ACCOUNTS_KEYSET";

	private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy();
	}

	@Bean
	RecoveryCodes recoveryCodes(PasswordEncoder passwords) {
		return new RecoveryCodes(passwords);
	}

	/**
	 * The key that seals second-factor secrets: from the environment; made up for this
	 * process in demo mode only (secrets enrolled in a demo do not survive a restart).
	 */
	@Bean
	SecretSealer accountsSecretSealer(Environment environment, PlatformProperties platform) {
		String key = environment.getProperty("portal.accounts.keyset", "");
		if (!key.isBlank()) {
			return SecretSealer.fromKey(KEY_VARIABLE, key);
		}
		if (platform.demo().enabled()) {
			log.warn("{} is not set: demo mode seals second-factor secrets with a key made for this process only",
					KEY_VARIABLE);
			return SecretSealer.generated();
		}
		throw new IllegalStateException(KEY_VARIABLE + " is not set. It seals the accounts' second-factor secrets "
				+ "and must come from the environment outside demo mode: generate one with `openssl rand -base64 32` "
				+ "and keep it apart from the database backups (see docs/OPERATIONS.md).");
	}

	@Bean
	SecondFactorCheck secondFactorCheck(SecretSealer accountsSecretSealer, RecoveryCodes recoveryCodes, Clock clock) {
		return new SecondFactorCheck(accountsSecretSealer, recoveryCodes, clock);
	}

	@Bean
	SignInThrottle signInThrottle(RateLimits limits) {
		return new SignInThrottle(limits, "accounts");
	}

}
