package org.cohesion.portal.casework;

import java.time.Duration;
import java.util.Map;

import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role against each casework area, through HTTP with the demo user of that role: the
 * security chain opens an area only to the roles whose permissions include it. (Which
 * records a role reaches inside an area is the access policy's business.)
 */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.demo.enabled=true")
@Import(CaseworkSignInTests.Clocks.class)
class CaseworkRoleMatrixTests {

	/** Demo user and password of each role. */
	static final Map<CaseworkRole, String[]> DEMO = Map.of(CaseworkRole.AGENT_IDENTIFICATION,
			new String[] { "agent@demo.mnr", "demo-agent-mnr-2026" }, CaseworkRole.GESTIONNAIRE_CAS,
			new String[] { "gestionnaire@demo.mnr", "demo-gestion-mnr-2026" }, CaseworkRole.SUPERVISEUR,
			new String[] { "superviseur@demo.mnr", "demo-superviseur-mnr-2026" }, CaseworkRole.PRESTATAIRE,
			new String[] { "prestataire@demo.mnr", "demo-prestataire-mnr-2026" }, CaseworkRole.ANALYSTE,
			new String[] { "analyste@demo.mnr", "demo-analyste-mnr-2026" }, CaseworkRole.ADMINISTRATEUR_MNR,
			new String[] { "admin@demo.mnr", "demo-admin-mnr-2026" }, CaseworkRole.AUDITEUR,
			new String[] { "auditeur@demo.mnr", "demo-auditeur-mnr-2026" });

	/** Areas that exist today and the permission each needs. */
	static final Map<String, CaseworkPermission> AREAS = Map.of("/mnr/admin/utilisateurs",
			CaseworkPermission.USERS_MANAGE, "/mnr/admin/utilisateurs/nouveau", CaseworkPermission.USERS_MANAGE,
			"/mnr/admin/organisations", CaseworkPermission.ORGANISATIONS_MANAGE, "/mnr/admin/organisations/nouvelle",
			CaseworkPermission.ORGANISATIONS_MANAGE);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void everyRoleReachesExactlyTheAreasItsPermissionsOpen() throws Exception {
		clock.advance(Duration.ofMinutes(10));
		for (CaseworkRole role : CaseworkRole.values()) {
			MnrBrowser browser = new MnrBrowser(mvc, clock);
			browser.signIn(DEMO.get(role)[0], DEMO.get(role)[1], CaseworkSignInTests.SECRET);
			assertThat(browser.get("/mnr").getResponse().getStatus()).as(role + " home").isEqualTo(200);
			for (Map.Entry<String, CaseworkPermission> area : AREAS.entrySet()) {
				MvcResult result = browser.get(area.getKey());
				assertThat(result.getResponse().getStatus()).as(role + " → " + area.getKey())
					.isEqualTo(role.permits(area.getValue()) ? 200 : 403);
			}
		}
	}

	@Test
	void theAdministratorSeesUsersAndOrganisationsButNoCaseContent() throws Exception {
		clock.advance(Duration.ofMinutes(10));
		MnrBrowser browser = new MnrBrowser(mvc, clock);
		browser.signIn("admin@demo.mnr", "demo-admin-mnr-2026", CaseworkSignInTests.SECRET);
		String organisations = MnrBrowser.html(browser.get("/mnr/admin/organisations"));
		assertThat(organisations).contains("Direction de la lutte contre la traite des personnes",
				"Cellule régionale du Gontougo", "Cellule régionale du Poro", "Cellule régionale du Haut-Sassandra",
				"Cellule régionale du Gôh", "Cellule régionale du Sud-Comoé", "ONG Main tendue du Poro (démo)", "ONG");
		String home = MnrBrowser.html(browser.get("/mnr"));
		assertThat(home).doesNotContain("/mnr/personnes").doesNotContain("/mnr/journal");
		assertThat(CaseworkRole.ADMINISTRATEUR_MNR.permits(CaseworkPermission.PERSON_READ)).isFalse();
	}

	@Test
	void aRoleIsRefusedInAnOrganisationThatDoesNotFitIt() throws Exception {
		clock.advance(Duration.ofMinutes(10));
		MnrBrowser browser = new MnrBrowser(mvc, clock);
		browser.signIn("admin@demo.mnr", "demo-admin-mnr-2026", CaseworkSignInTests.SECRET);
		String html = MnrBrowser.html(browser.get("/mnr/admin/utilisateurs/nouveau"));
		String ngo = html.replaceAll("(?s).*<option value=\"(\\d+)\"[^>]*>ONG Main tendue.*", "$1");
		MvcResult refused = browser.post("/mnr/admin/utilisateurs", "username", "superviseur.ong", "displayName",
				"Superviseur d’ONG", "role", "SUPERVISEUR", "organisationId", ngo);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(MnrBrowser.html(refused)).contains("Ce rôle n’est pas possible", "superviseur.ong");
		MvcResult bad = browser.post("/mnr/admin/utilisateurs", "username", "x", "displayName", "", "role",
				"PAS_UN_ROLE", "organisationId", "abc");
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		assertThat(MnrBrowser.html(bad)).contains("Identifiant invalide", "Choisissez un rôle",
				"Choisissez une organisation active");
		MvcResult created = browser.post("/mnr/admin/utilisateurs", "username", "agent.ong", "displayName",
				"Agent d’ONG", "role", "AGENT_IDENTIFICATION", "organisationId", ngo);
		assertThat(MnrBrowser.byId(created, "temporary-password")).hasSize(19);
	}

	@Test
	void theAdministratorAddsAProviderTypedByHtcdsAndBadInputLosesNothing() throws Exception {
		clock.advance(Duration.ofMinutes(10));
		MnrBrowser browser = new MnrBrowser(mvc, clock);
		browser.signIn("admin@demo.mnr", "demo-admin-mnr-2026", CaseworkSignInTests.SECRET);
		MvcResult bad = browser.post("/mnr/admin/organisations", "code", "x y", "name", "Centre d’accueil Lumière",
				"kind", "PRESTATAIRE", "orgType", "", "region", "Gôh");
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		assertThat(MnrBrowser.html(bad)).contains("Code invalide", "Choisissez un type.", "Centre d’accueil Lumière",
				"Gôh");
		MvcResult saved = browser.post("/mnr/admin/organisations", "code", "ca-lumiere", "name",
				"Centre d’accueil Lumière", "kind", "PRESTATAIRE", "orgType", "NGO", "region", "Gôh");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/mnr/admin/organisations");
		assertThat(MnrBrowser.html(browser.get("/mnr/admin/organisations"))).contains("CA-LUMIERE",
				"Centre d’accueil Lumière", "Prestataire de services");
	}

}
