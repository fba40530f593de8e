package org.cohesion.portal.platform;

import java.util.UUID;

import org.cohesion.portal.PortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What must stop the application before it serves anything: missing secrets outside demo
 * mode, and the demo pointed at a database with real accounts. Real start-ups on their
 * own H2 databases.
 */
class StartupRefusalTests {

	private static String database() {
		return "jdbc:h2:mem:refusal-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	private static ConfigurableApplicationContext start(String database, String... arguments) {
		String[] all = new String[arguments.length + 5];
		all[0] = "--server.port=0";
		all[1] = "--spring.datasource.url=" + database;
		all[2] = "--spring.datasource.username=sa";
		all[3] = "--spring.datasource.password=";
		all[4] = "--portal.search.in-memory=true";
		System.arraycopy(arguments, 0, all, 5, arguments.length);
		return new SpringApplicationBuilder(PortalApplication.class).run(all);
	}

	@Test
	void missingHmacSecretsOutsideDemoModeStopTheStartAndAreNamed() {
		assertThatThrownBy(() -> start(database(), "--portal.demo.enabled=false", "--portal.forms.secret=",
				"--portal.newsletter.secret="))
			.rootCause()
			.hasMessageContaining("PORTAL_FORM_SECRET")
			.hasMessageContaining("PORTAL_NEWSLETTER_SECRET")
			.hasMessageContaining("outside demo mode");
	}

	@Test
	void missingAccountsKeyOutsideDemoModeStopsTheStart() {
		assertThatThrownBy(() -> start(database(), "--portal.demo.enabled=false", "--portal.accounts.keyset="))
			.rootCause()
			.hasMessageContaining("PORTAL_ACCOUNTS_KEYSET is not set");
	}

	@Test
	void theDemoRefusesADatabaseThatHoldsRealAccounts() {
		String database = database();
		try (ConfigurableApplicationContext first = start(database, "--portal.demo.enabled=false",
				"--portal.admin.email=directrice@ministere.example",
				"--portal.admin.password=une phrase de passe vraiment longue")) {
			assertThat(first.isActive()).isTrue();
		}
		assertThatThrownBy(() -> start(database, "--portal.demo.enabled=true")).rootCause()
			.hasMessageContaining("PORTAL_DEMO=true but this database holds accounts that the demo did not create");
	}

}
