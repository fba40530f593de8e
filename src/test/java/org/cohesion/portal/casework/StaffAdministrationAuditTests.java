package org.cohesion.portal.casework;

import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.audit.AuditVerification;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the MNR administrator changes (users, roles, suspensions, password and second
 * factor resets, organisations) is written to the keyed casework audit, with who did it,
 * and the chain still verifies; the auditeur finds it by record.
 */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.demo.enabled=true")
@Import(CaseworkSignInTests.Clocks.class)
class StaffAdministrationAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseworkAudit audit;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Test
	void theAdministratorsChangesToUsersAndOrganisationsAreAuditedAndTheChainVerifies() throws Exception {
		MnrBrowser admin = new MnrBrowser(mvc, clock);
		admin.signIn("admin@demo.mnr", "demo-admin-mnr-2026", CaseworkSignInTests.SECRET);
		long before = jdbc.queryForObject("select coalesce(max(seq), 0) from mnr_audit", Long.class);

		String code = "CR-GOH-" + (System.nanoTime() % 10_000);
		assertThat(admin
			.post("/mnr/admin/organisations", "code", code, "name", "Cellule régionale du Gôh", "kind",
					"CELLULE_REGIONALE", "orgType", "LOCAL_GOVERNMENT", "region", "Gôh")
			.getResponse()
			.getStatus()).isEqualTo(302);
		long organisation = jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class, code);
		String username = "agente.goh." + (System.nanoTime() % 10_000);
		MvcResult created = admin.post("/mnr/admin/utilisateurs", "username", username, "displayName",
				"Agente du Gôh (test)", "role", "GESTIONNAIRE_CAS", "organisationId", String.valueOf(organisation));
		String temporary = MnrBrowser.byId(created, "temporary-password");
		long user = jdbc.queryForObject("select id from mnr_user where username = ?", Long.class, username);
		String path = "/mnr/admin/utilisateurs/" + user;
		admin.post(path, "username", username, "displayName", "Agente du Gôh (test)", "role", "SUPERVISEUR",
				"organisationId", String.valueOf(organisation));
		admin.post(path + "/desactiver");
		admin.post(path + "/activer");
		String reset = MnrBrowser.byId(admin.post(path + "/mot-de-passe"), "temporary-password");
		admin.post(path + "/second-facteur");
		String organisationPath = "/mnr/admin/organisations/" + organisation;
		admin.post(organisationPath, "code", code, "name", "Cellule régionale du Gôh (Gagnoa)", "kind",
				"CELLULE_REGIONALE", "orgType", "LOCAL_GOVERNMENT", "region", "Gôh");
		admin.post(organisationPath + "/desactiver");
		admin.post(organisationPath + "/activer");

		List<Map<String, Object>> entries = jdbc.queryForList(
				"select action, record_type, record_ref, actor, actor_role, detail from mnr_audit where seq > ?"
						+ " and record_type in ('staff-user', 'organisation') order by seq",
				before);
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.get("actor")).isEqualTo("admin@demo.mnr");
			assertThat(entry.get("actor_role")).isEqualTo("ADMINISTRATEUR_MNR");
			assertThat(String.valueOf(entry.get("detail"))).doesNotContain(temporary, reset);
		});
		assertThat(entries.stream()
			.map(entry -> entry.get("action") + " " + entry.get("record_ref") + " " + entry.get("detail"))
			.toList())
			.containsExactly(
					"CREATE ORG-" + code + " organisation créée : Cellule régionale du Gôh (CELLULE_REGIONALE,"
							+ " LOCAL_GOVERNMENT, Gôh)",
					"CREATE USER-" + user + " compte créé : identifiant " + username + ", rôle GESTIONNAIRE_CAS,"
							+ " organisation " + code + ", mot de passe temporaire remis",
					"UPDATE USER-" + user + " compte modifié : identifiant " + username + ", rôle GESTIONNAIRE_CAS,"
							+ " organisation " + code + " → identifiant " + username + ", rôle SUPERVISEUR,"
							+ " organisation " + code,
					"UPDATE USER-" + user + " compte suspendu", "UPDATE USER-" + user + " compte réactivé",
					"UPDATE USER-" + user + " mot de passe réinitialisé (temporaire remis, à changer à la connexion)",
					"UPDATE USER-" + user + " second facteur réinitialisé (codes de secours supprimés)",
					"UPDATE ORG-" + code + " organisation modifiée : Cellule régionale du Gôh (CELLULE_REGIONALE,"
							+ " LOCAL_GOVERNMENT, Gôh) → Cellule régionale du Gôh (Gagnoa) (CELLULE_REGIONALE,"
							+ " LOCAL_GOVERNMENT, Gôh)",
					"UPDATE ORG-" + code + " organisation fermée (ses utilisateurs ne peuvent plus se connecter)",
					"UPDATE ORG-" + code + " organisation réactivée");

		AuditVerification verification = audit.verify();
		assertThat(verification.intact()).as("the keyed chain verifies: %s", verification).isTrue();
		assertThat(verification.checked()).isGreaterThanOrEqualTo(before + entries.size());

		MnrBrowser auditor = new MnrBrowser(mvc, clock);
		auditor.signIn("auditeur@demo.mnr", "demo-auditeur-mnr-2026", CaseworkSignInTests.SECRET);
		assertThat(MnrBrowser.html(auditor.get("/mnr/journal?dossier=USER-" + user))).contains("compte suspendu",
				"compte réactivé", "admin@demo.mnr");
	}

}
