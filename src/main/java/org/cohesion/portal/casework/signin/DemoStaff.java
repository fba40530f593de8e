package org.cohesion.portal.casework.signin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.casework.staff.OrganisationType;
import org.cohesion.portal.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code portal.demo.enabled}): fictitious organisations and one casework
 * user per role, listed with their public password and TOTP secret on the casework
 * sign-in page. Outside demo mode, any demo user found (a copied demo database) is
 * disabled at start-up: a public password never opens a real casework.
 */
@Component
@Order(6)
class DemoStaff implements ApplicationRunner {

	/** Public, like the passwords below: demo mode only. */
	static final String TOTP_SECRET = "NVXHELLEMVWW6LLUN52HALLTMVRXEZLU";

	/** All demo usernames end with this, so that they are recognised anywhere. */
	static final String SUFFIX = "@demo.mnr";

	record DemoOrganisation(String code, String name, OrganisationKind kind, OrganisationType type, String region) {
	}

	record DemoUser(CaseworkRole role, String username, String displayName, String organisationCode, String password) {
	}

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation("DEMO-POL", "Commissariat de police de Korhogo (démo)",
					OrganisationKind.ACTEUR_PREMIERE_LIGNE, OrganisationType.LAW_ENFORCEMENT, "Poro"),
			new DemoOrganisation("DEMO-ONG", "ONG Main tendue du Poro (démo)", OrganisationKind.PRESTATAIRE,
					OrganisationType.NGO, "Poro"),
			new DemoOrganisation("DEMO-SAN", "Centre de santé de Bondoukou (démo)", OrganisationKind.PRESTATAIRE,
					OrganisationType.HEALTH_SERVICE, "Gontougo"),
			new DemoOrganisation("DEMO-JUR", "Clinique juridique de Daloa (démo)", OrganisationKind.PRESTATAIRE,
					OrganisationType.LEGAL_SERVICE, "Haut-Sassandra"));

	static final List<DemoUser> USERS = List.of(
			new DemoUser(CaseworkRole.AGENT_IDENTIFICATION, "agent" + SUFFIX, "Koffi Brou (démo)", "DEMO-POL",
					"demo-agent-mnr-2026"),
			new DemoUser(CaseworkRole.GESTIONNAIRE_CAS, "gestionnaire" + SUFFIX, "Aminata Ouattara (démo)", "CR-POR",
					"demo-gestion-mnr-2026"),
			new DemoUser(CaseworkRole.SUPERVISEUR, "superviseur" + SUFFIX, "Yao N’Guessan (démo)", "CR-POR",
					"demo-superviseur-mnr-2026"),
			new DemoUser(CaseworkRole.PRESTATAIRE, "prestataire" + SUFFIX, "Fatou Coulibaly (démo)", "DEMO-ONG",
					"demo-prestataire-mnr-2026"),
			new DemoUser(CaseworkRole.ANALYSTE, "analyste" + SUFFIX, "Jean-Marc Kouassi (démo)", "DLTP",
					"demo-analyste-mnr-2026"),
			new DemoUser(CaseworkRole.ADMINISTRATEUR_MNR, "admin" + SUFFIX, "Adjoua Kra (démo)", "DLTP",
					"demo-admin-mnr-2026"),
			new DemoUser(CaseworkRole.AUDITEUR, "auditeur" + SUFFIX, "Moussa Diabaté (démo)", "DLTP",
					"demo-auditeur-mnr-2026"));

	/**
	 * The demo passwords hashed once with the casework's encoder, instead of at every
	 * first start (seven bcrypt hashes were most of this loader's time). They hash public
	 * passwords; {@code CaseworkSignInTests} checks that each still matches at the
	 * encoder's current cost.
	 */
	static final Map<String, String> PASSWORD_HASHES = Map.of( //
			"demo-agent-mnr-2026", "{bcrypt}$2a$10$9yPxofwAdEUrN1YUFoCFbe4tW46nUu5OT9WeUr.oyZeyi50kEU/IO",
			"demo-gestion-mnr-2026", "{bcrypt}$2a$10$WHT47rqpnsDSMNW6NqvLr.zkhvZYH48kWuJwqvc9XnPE9UcS.g.Iu",
			"demo-superviseur-mnr-2026", "{bcrypt}$2a$10$9qvtLF9m9SV6JXRHv7yXWO1bQCCCFk.EN7qvNa7XiFQ3LGp1DKV72",
			"demo-prestataire-mnr-2026", "{bcrypt}$2a$10$84iYrQuIr6OUO.Q6svZsEOvMgIgvedl7qfIg7/4GP.3AtnZraMZ2.",
			"demo-analyste-mnr-2026", "{bcrypt}$2a$10$DQO9Q4gAzYdl0KjnziWWc.l0VHicT6vrhck.QbOUasBWvVWsDQD6K",
			"demo-admin-mnr-2026", "{bcrypt}$2a$10$n9Z6dpsSAATly.DAK1n/CuTdGpjPapuGOlCAtEDgU0hKekDUaZ03K",
			"demo-auditeur-mnr-2026", "{bcrypt}$2a$10$sUHSoowMD2Baoqbmeaprie0rmOL9CCsYILRX/FUS96suJc4tC5zU6");

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private final OrganisationRepository organisations;

	private final CaseworkUserRepository users;

	private final CaseworkIdentity identity;

	private final StaffSecondFactorStore store;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoStaff(OrganisationRepository organisations, CaseworkUserRepository users, CaseworkIdentity identity,
			StaffSecondFactorStore store, PlatformProperties platform, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.identity = identity;
		this.store = store;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	@CaseworkTransactional
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()) {
			disableDemoUsers();
			return;
		}
		for (DemoOrganisation demo : ORGANISATIONS) {
			if (organisations.findByCode(demo.code()).isEmpty()) {
				organisations
					.save(new Organisation(demo.code(), demo.name(), demo.kind(), demo.type(), demo.region(), clock));
			}
		}
		for (DemoUser demo : USERS) {
			CaseworkUser user = users.findByUsername(demo.username()).orElse(null);
			if (user == null) {
				Organisation organisation = organisations.findByCode(demo.organisationCode()).orElseThrow();
				String hash = PASSWORD_HASHES.get(demo.password());
				user = users.save(new CaseworkUser(demo.username(), demo.displayName(), demo.role(), organisation,
						hash != null ? hash : identity.passwords().encode(demo.password()), clock));
				user.changePassword(user.getPasswordHash());
			}
			// sealed again whenever the key changed (or the user reset it): the demo
			// secret is public
			if (user.getTotpSecret() == null
					|| !identity.secondFactors().readable(store, user.getId(), user.getTotpSecret())) {
				user.storeSealedTotpSecret(identity.secondFactors().seal(store, user.getId(), TOTP_SECRET));
			}
		}
	}

	private void disableDemoUsers() {
		USERS.forEach(demo -> users.findByUsername(demo.username()).filter(CaseworkUser::isEnabled).ifPresent(user -> {
			user.disable();
			log.warn("Demo casework user {} found outside demo mode: disabled", demo.username());
		}));
	}

}
