package org.cohesion.portal.casework.signin;

import java.time.Clock;
import java.util.Optional;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a casework database without any user, creates the first MNR administrator (at the
 * DLTP) from {@code PORTAL_CASEWORK_ADMIN_USERNAME} and
 * {@code PORTAL_CASEWORK_ADMIN_PASSWORD}: there is no default administrator. They enrol
 * their second factor and replace that password at the first sign-in, so the variables
 * open nothing afterwards.
 */
@Component
@Order(5)
class FirstCaseworkAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstCaseworkAdministrator.class);

	private final CaseworkUserRepository users;

	private final OrganisationRepository organisations;

	private final CaseworkIdentity identity;

	private final Environment environment;

	private final Clock clock;

	FirstCaseworkAdministrator(CaseworkUserRepository users, OrganisationRepository organisations,
			CaseworkIdentity identity, Environment environment, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.identity = identity;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	@CaseworkTransactional
	public void run(ApplicationArguments args) {
		String username = environment.getProperty("PORTAL_CASEWORK_ADMIN_USERNAME",
				environment.getProperty("portal.casework.admin.username", ""));
		String password = environment.getProperty("PORTAL_CASEWORK_ADMIN_PASSWORD",
				environment.getProperty("portal.casework.admin.password", ""));
		if (username.isBlank() || password.isBlank() || users.count() > 0) {
			return;
		}
		Optional<String> problem = identity.policy().check(password, username);
		if (problem.isPresent()) {
			throw new IllegalStateException("PORTAL_CASEWORK_ADMIN_PASSWORD is refused by the password rules ("
					+ problem.get() + "): at least 12 characters, not a common password");
		}
		CaseworkUser administrator = users.save(new CaseworkUser(username, username, CaseworkRole.ADMINISTRATEUR_MNR,
				organisations.findByCode("DLTP").orElseThrow(), identity.passwords().encode(password), clock));
		log.info("First MNR administrator created (user {}); remove PORTAL_CASEWORK_ADMIN_* from the environment",
				administrator.getId());
	}

}
