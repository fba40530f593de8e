package org.cohesion.portal.accounts.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.SecondFactors;
import org.cohesion.portal.shared.DemoContent;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account per role, for the embedded demonstration only
 * ({@code portal.demo.enabled}); the sign-in page lists them there and nowhere else.
 * Their passwords are public, so they must never exist in production.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
public class DemoAccounts implements ApplicationRunner, InitializingBean {

	/**
	 * The TOTP secret of the demo Éditeur and Administrateur (their role requires a
	 * second factor): public like their passwords, so that a browser test, or a visitor
	 * with an authenticator application, can compute the codes. Demo mode only.
	 */
	public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	/** A demo account and its (public) password. */
	public record Account(EditorialRole role, String email, String displayName, String password) {
	}

	public static final List<Account> ACCOUNTS = List.of(
			new Account(EditorialRole.REDACTEUR, "redacteur@demo.example", "Awa Koné (démo)", "demo-redacteur-2026"),
			new Account(EditorialRole.EDITEUR, "editeur@demo.example", "Ibrahim Traoré (démo)", "demo-editeur-2026"),
			new Account(EditorialRole.ADMINISTRATEUR, "admin@demo.example", "Mariam Yao (démo)", "demo-admin-2026"));

	/**
	 * The demo passwords hashed once, at the encoder's cost, instead of at every first
	 * start (bcrypt is slow on purpose: the ten demo accounts of both sides took about a
	 * second of the start). They hash public passwords, so they hide nothing;
	 * {@code DemoAccountsTests} checks that each still matches its password at the
	 * encoder's current cost.
	 */
	static final Map<String, String> PASSWORD_HASHES = Map.of( //
			"demo-redacteur-2026", "{bcrypt}$2a$10$3PQGsZYH2fo8654lIQwP2eNzhQjdiq5WhDEWrtliei4hMrkM7f7Zu",
			"demo-editeur-2026", "{bcrypt}$2a$10$9QjLpb6NsUNztZv8YW/N4eKAoQchtlic1Vo8WlqzANhP93HY/mUU.",
			"demo-admin-2026", "{bcrypt}$2a$10$N8pmpuWDJ9Ex9eZKg6Mdeef/sdV1HZw.0zGM/dlpHH7bKGPg1kIsS");

	/** The stored hash of a demo account's password. */
	public static String passwordHash(Account account) {
		return PASSWORD_HASHES.get(account.password());
	}

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final SecondFactors secondFactors;

	private final Clock clock;

	DemoAccounts(UserAccountRepository users, PasswordEncoder passwords, SecondFactors secondFactors, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	/**
	 * Refuses to start the demo on a database that holds real accounts: the demo adds
	 * administrators whose passwords are printed on the sign-in page.
	 */
	@Override
	public void afterPropertiesSet() {
		if (users.existsByCreatedInDemoFalse()) {
			throw new IllegalStateException("PORTAL_DEMO=true but this database holds accounts that the demo did not "
					+ "create: refusing to add demo administrators with public passwords next to them. Start without "
					+ "PORTAL_DEMO (or portal.demo.enabled), or point the demo at its own database.");
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Account account : ACCOUNTS) {
			UserAccount user = users.findByEmail(account.email()).orElse(null);
			if (user == null) {
				user = new UserAccount(account.email(), account.displayName(), account.role(), clock);
				user.markCreatedInDemo();
				String hash = passwordHash(account);
				user.setPasswordHash(hash != null ? hash : passwords.encode(account.password()));
			}
			users.save(user);
			if (account.role().requiresSecondFactor()) {
				secondFactors.enrolKnownSecret(user.getId(), DEMO_TOTP_SECRET);
			}
		}
	}

}
