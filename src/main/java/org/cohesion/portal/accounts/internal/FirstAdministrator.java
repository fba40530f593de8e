package org.cohesion.portal.accounts.internal;

import java.time.Clock;

import org.cohesion.portal.identity.PasswordPolicy;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no default password: on a fresh database, the first administrator is created
 * from {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD} (read once, then
 * remove them from the environment). The administrator must enrol a second factor at
 * first sign-in.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Environment environment;

	private final Clock clock;

	FirstAdministrator(UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit,
			Environment environment, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String email = environment.getProperty("PORTAL_ADMIN_EMAIL", environment.getProperty("portal.admin.email", ""));
		String password = environment.getProperty("PORTAL_ADMIN_PASSWORD",
				environment.getProperty("portal.admin.password", ""));
		if (users.count() > 0) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			log.warn("No account exists yet. Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD once to create the "
					+ "first administrator.");
			return;
		}
		policy.check(password, email).ifPresent(problem -> {
			throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is refused: " + problem);
		});
		UserAccount admin = new UserAccount(email, "Administrateur", EditorialRole.ADMINISTRATEUR, clock);
		admin.setPasswordHash(passwords.encode(password));
		users.save(admin);
		audit.record("système", null, "ACCOUNT_CREATED", "account", String.valueOf(admin.getId()),
				"Premier administrateur créé depuis l’environnement : " + admin.getEmail(), null, null);
		log.info("First administrator {} created; remove PORTAL_ADMIN_PASSWORD from the environment now.",
				admin.getEmail());
	}

}
