package org.cohesion.portal.casework.directory;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The directory of services through HTTP: the administrator registers a service, those
 * who refer people find it by service, region and whom it takes, each provider keeps the
 * places of its own services only, and every change is in the casework audit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	ServiceDirectory directory;

	private Caseworker administrator;

	private Caseworker provider;

	private Caseworker otherProvider;

	private long shelterOrganisation;

	@BeforeAll
	void twoProvidersAndTheirStaff() {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		String suffix = Long.toString(System.nanoTime() % 100000);
		shelterOrganisation = provider("T-FOY" + suffix, "Foyer d’essai du Poro", "Poro");
		provider("T-SAN" + suffix, "Centre de santé d’essai", "Gontougo");
		administrator = staff.user(CaseworkRole.ADMINISTRATEUR_MNR, "DLTP");
		provider = staff.user(CaseworkRole.PRESTATAIRE, "T-FOY" + suffix);
		otherProvider = staff.user(CaseworkRole.PRESTATAIRE, "T-SAN" + suffix);
	}

	@Test
	void theAdministratorRegistersAServiceThatCaseWorkersFindByServiceRegionAndPerson() throws Exception {
		String ref = register("Foyer pour filles mineures (essai)", "Poro", "12");
		Caseworker worker = new CaseworkStaff(jdbc).user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");

		String found = html(get("/mnr/annuaire").param("type", "NGO_SHELTER")
			.param("region", "Poro")
			.param("personne", "enfant")
			.with(as(worker)));
		assertThat(found).contains("Foyer pour filles mineures (essai)", "Foyer d’essai du Poro", "Poro");
		assertThat(html(get("/mnr/annuaire").param("type", "NGO_SHELTER").param("region", "Gontougo").with(as(worker))))
			.doesNotContain("Foyer pour filles mineures (essai)");
		assertThat(html(get("/mnr/annuaire").param("type", "NGO_SHELTER").param("personne", "homme").with(as(worker))))
			.doesNotContain("Foyer pour filles mineures (essai)");
		assertThat(audited("CREATE", ref)).isEqualTo(1);
	}

	@Test
	void aFormWithoutRegionOrPublicIsShownAgainWithFrenchMessagesAndNothingSaved() throws Exception {
		long before = jdbc.queryForObject("select count(*) from mnr_service", Long.class);
		String page = html(post("/mnr/admin/services").with(as(administrator))
			.with(csrf())
			.param("organisationId", Long.toString(shelterOrganisation))
			.param("type", "MEDICAL")
			.param("capacityTotal", "douze"));
		assertThat(page).contains("Cochez « Tout le territoire » ou au moins une région",
				"Cochez au moins un public accueilli", "Indiquez un nombre entier de places");
		assertThat(jdbc.queryForObject("select count(*) from mnr_service", Long.class)).isEqualTo(before);
	}

	@Test
	void aProviderKeepsThePlacesOfItsOwnServicesAndNoOneElses() throws Exception {
		String ref = register("Foyer de test des places", "Poro", "10");
		long version = version(ref);

		mvc.perform(post("/mnr/annuaire/capacite/" + ref).with(as(provider))
			.with(csrf())
			.param("placesFree", "4")
			.param("version", Long.toString(version)))
			.andExpect(
					result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/annuaire/capacite"));
		assertThat(jdbc.queryForObject("select places_free from mnr_service where ref = ?", Integer.class, ref))
			.isEqualTo(4);
		assertThat(audited("UPDATE", ref)).isEqualTo(1);

		assertThat(mvc
			.perform(post("/mnr/annuaire/capacite/" + ref).with(as(otherProvider))
				.with(csrf())
				.param("placesFree", "9")
				.param("version", Long.toString(version(ref))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(html(get("/mnr/annuaire/capacite").with(as(otherProvider))))
			.doesNotContain("Foyer de test des places");

		String refused = html(post("/mnr/annuaire/capacite/" + ref).with(as(provider))
			.with(csrf())
			.param("placesFree", "11")
			.param("version", Long.toString(version(ref))));
		assertThat(refused).contains("Le service ne compte que 10 places au total");
		String stale = html(post("/mnr/annuaire/capacite/" + ref).with(as(provider))
			.with(csrf())
			.param("placesFree", "2")
			.param("version", Long.toString(version)));
		assertThat(stale).contains("Quelqu’un d’autre de votre structure vient de mettre ce nombre à jour");
		assertThat(jdbc.queryForObject("select places_free from mnr_service where ref = ?", Integer.class, ref))
			.isEqualTo(4);
	}

	@Test
	void aFullServiceIsListedLastAndLeftOutWhenOnlyServicesWithRoomAreWanted() throws Exception {
		String ref = register("Foyer complet d’essai", "Poro", "5");
		directory.updateCapacity(provider, ref, 0, version(ref));
		Caseworker worker = new CaseworkStaff(jdbc).user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		assertThat(html(get("/mnr/annuaire").param("region", "Poro").with(as(worker))))
			.contains("Foyer complet d’essai", "Aucune place disponible");
		assertThat(html(get("/mnr/annuaire").param("region", "Poro").param("places", "true").with(as(worker))))
			.doesNotContain("Foyer complet d’essai");
		assertThat(directory.alternatives(ServiceType.NGO_SHELTER, "Poro", true, true, 0))
			.noneMatch(row -> row.ref().equals(ref));
	}

	@Test
	void theAnalystAndTheAuditorDoNotSeeTheDirectoryAndOnlyTheAdministratorKeepsIt() throws Exception {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		Caseworker analyst = staff.user(CaseworkRole.ANALYSTE, "DLTP");
		assertThat(status(get("/mnr/annuaire").with(as(analyst)))).isEqualTo(404);
		assertThat(status(get("/mnr/admin/services").with(as(provider)))).isEqualTo(403);
		assertThat(status(get("/mnr/annuaire/capacite").with(as(staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR")))))
			.isEqualTo(403);
	}

	private String register(String description, String region, String total) throws Exception {
		var result = mvc
			.perform(post("/mnr/admin/services").with(as(administrator))
				.with(csrf())
				.param("organisationId", Long.toString(shelterOrganisation))
				.param("type", "NGO_SHELTER")
				.param("description", description)
				.param("regions", region)
				.param("takesChildren", "true")
				.param("takesWomen", "true")
				.param("capacityTotal", total)
				.param("phone", "27 00 00 99 99"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl())
			.as(result.getResponse().getStatus() + " " + result.getResponse().getForwardedUrl() + " "
					+ result.getResolvedException())
			.isEqualTo("/mnr/admin/services");
		return jdbc.queryForObject("select ref from mnr_service where description = ?", String.class, description);
	}

	private long version(String ref) {
		return jdbc.queryForObject("select version from mnr_service where ref = ?", Long.class, ref);
	}

	private long audited(String action, String ref) {
		return jdbc.queryForObject(
				"select count(*) from mnr_audit where action = ? and record_type = 'service' and record_ref = ?",
				Long.class, action, ref);
	}

	private long provider(String code, String name, String region) {
		jdbc.update("insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
				+ " values (?, ?, 'PRESTATAIRE', 'NGO', ?, true, current_timestamp)", code, name, region);
		return jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class, code);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
