package org.cohesion.portal.casework.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
 * Alerts through HTTP: one alert per form however often it is sent, drafts kept when
 * half-filled, routing to the cell of the region (else the DLTP), need-to-know (404 for
 * everyone else), identifying text encrypted, every read audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	private CaseworkStaff staff;

	private Caseworker agent;

	@BeforeAll
	void anAgentOfAFirstLineActor() {
		staff = new CaseworkStaff(jdbc);
		agent = staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR");
	}

	private MockHttpServletRequestBuilder alert(Caseworker who, String key, String region, String action) {
		return post("/mnr/signalements").with(as(who))
			.with(csrf())
			.param("key", key)
			.param("region", region)
			.param("locality", "Korhogo, marché Témoin")
			.param("observedDate", LocalDate.now().minusDays(1).toString())
			.param("observedTime", "10:30")
			.param("circumstances", "Une fillette Témoin-Circonstance vend de l’eau toute la journée.")
			.param("peopleCount", "1")
			.param("needShelter", "true")
			.param("accompaniment", "SUSPECTED_EXPLOITER")
			.param("contact", "07 99 88 77 66")
			.param("action", action);
	}

	private String send(Caseworker who, String key, String region) throws Exception {
		String location = mvc.perform(alert(who, key, region, "envoyer")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/mnr/signalements/");
		return location.substring("/mnr/signalements/".length());
	}

	private int status(Caseworker who, String path) throws Exception {
		return mvc.perform(get(path).with(as(who))).andReturn().getResponse().getStatus();
	}

	private String page(Caseworker who, String path) throws Exception {
		return mvc.perform(get(path).with(as(who))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void sendingTheSameFormTwiceMakesOneAlertAndShowsIt() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = send(agent, key, "Poro");
		String second = send(agent, key, "Poro");
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from mnr_alert where idempotency_key = ?", Integer.class, key))
			.isEqualTo(1);
		String shown = mvc
			.perform(get("/mnr/signalements/" + second).with(as(agent)).flashAttr("notice", "déjà envoyé"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("Korhogo, marché Témoin", "À traiter");
	}

	@Test
	void twoSendingsOfTheSameFormAtTheSameMomentMakeOneAlert() throws Exception {
		String key = UUID.randomUUID().toString();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<String>> sendings = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sendings.add(pool.submit(() -> {
					start.await();
					return mvc.perform(alert(agent, key, "Poro", "envoyer"))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
				}));
			}
			start.countDown();
			String first = sendings.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
			String second = sendings.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(first).startsWith("/mnr/signalements/").isEqualTo(second);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from mnr_alert where idempotency_key = ?", Integer.class, key))
			.isEqualTo(1);
	}

	@Test
	void theAlertFormIsLight() throws Exception {
		String html = page(agent, "/mnr/signalements/nouveau");
		assertThat(html).contains("name=\"key\"", "Envoyer le signalement");
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("bytes of HTML")
			.isLessThan(12_000);
	}

	@Test
	void aHalfFilledAlertIsKeptAsADraftThenCompletedAndSent() throws Exception {
		String key = UUID.randomUUID().toString();
		String html = mvc
			.perform(post("/mnr/signalements").with(as(agent))
				.with(csrf())
				.param("key", key)
				.param("locality", "Brouillon-Témoin")
				.param("action", "envoyer"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Brouillon enregistré, mais pas encore envoyé", "Brouillon-Témoin",
				"Décrivez les circonstances");
		assertThat(jdbc.queryForObject("select status from mnr_alert where idempotency_key = ?", String.class, key))
			.isEqualTo("DRAFT");
		String ref = jdbc.queryForObject("select ref from mnr_alert where idempotency_key = ?", String.class, key);
		// only its author sees a draft, even the cell's supervisor does not
		assertThat(status(agent, "/mnr/signalements/" + ref)).isEqualTo(200);
		assertThat(status(staff.user(CaseworkRole.SUPERVISEUR, "CR-POR"), "/mnr/signalements/" + ref)).isEqualTo(404);
		assertThat(page(agent, "/mnr/signalements/" + ref + "/modifier")).contains("Brouillon-Témoin", key);

		String sent = send(agent, key, "Poro");
		assertThat(sent).isEqualTo(ref);
		assertThat(jdbc.queryForObject("select status from mnr_alert where ref = ?", String.class, ref))
			.isEqualTo("SENT");
	}

	@Test
	void anAlertGoesToTheCellOfItsRegionElseToTheDltp() throws Exception {
		String poro = send(agent, UUID.randomUUID().toString(), "Poro");
		String gontougo = send(agent, UUID.randomUUID().toString(), "Gontougo");
		String elsewhere = send(agent, UUID.randomUUID().toString(), "AUTRE");
		assertThat(routedTo(poro)).isEqualTo("CR-POR");
		assertThat(routedTo(gontougo)).isEqualTo("CR-GON");
		assertThat(routedTo(elsewhere)).isEqualTo("DLTP");

		Caseworker gonWorker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		String queue = page(gonWorker, "/mnr/signalements");
		assertThat(queue).contains("Signalements à traiter", gontougo).doesNotContain(poro).doesNotContain(elsewhere);
		assertThat(page(staff.user(CaseworkRole.GESTIONNAIRE_CAS, "DLTP"), "/mnr/signalements")).contains(elsewhere);
	}

	private String routedTo(String ref) {
		return jdbc.queryForObject(
				"select o.code from mnr_alert a join mnr_organisation o on o.id = a.routed_org_id where a.ref = ?",
				String.class, ref);
	}

	@Test
	void theCellSeesItsQueueAndAnotherCellGets404() throws Exception {
		String ref = send(agent, UUID.randomUUID().toString(), "Poro");
		for (Caseworker reader : List.of(agent, staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR"),
				staff.user(CaseworkRole.SUPERVISEUR, "CR-POR"))) {
			assertThat(status(reader, "/mnr/signalements/" + ref)).as(reader.role() + "").isEqualTo(200);
			assertThat(page(reader, "/mnr/signalements/" + ref)).contains("Témoin-Circonstance", "07 99 88 77 66");
		}
		for (Caseworker outsider : List.of(staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON"),
				staff.user(CaseworkRole.SUPERVISEUR, "CR-GON"), staff.user(CaseworkRole.GESTIONNAIRE_CAS, "DLTP"),
				staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR"), staff.user(CaseworkRole.PRESTATAIRE, "CR-POR"),
				staff.user(CaseworkRole.ANALYSTE, "DLTP"), staff.user(CaseworkRole.AUDITEUR, "DLTP"))) {
			String label = outsider.role() + " " + outsider.organisationCode();
			assertThat(status(outsider, "/mnr/signalements/" + ref)).as(label).isEqualTo(404);
			assertThat(page(outsider, "/mnr/signalements/" + ref)).as(label).doesNotContain("Témoin-Circonstance");
			assertThat(
					mvc.perform(post("/mnr/signalements/" + ref + "/prise-en-charge").with(as(outsider)).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus())
				.as(label)
				.isEqualTo(404);
		}
		assertThat(jdbc.queryForObject("select status from mnr_alert where ref = ?", String.class, ref))
			.isEqualTo("SENT");
	}

	@Test
	void anAgentSeesOnlyTheAlertsTheySent() throws Exception {
		Caseworker other = staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR");
		String mine = send(agent, UUID.randomUUID().toString(), "Poro");
		String theirs = send(other, UUID.randomUUID().toString(), "Poro");
		assertThat(page(agent, "/mnr/signalements")).contains(mine).doesNotContain(theirs);
		assertThat(page(other, "/mnr/signalements")).contains(theirs).doesNotContain(mine);
		assertThat(status(other, "/mnr/signalements/" + mine)).isEqualTo(404);
		// another user replaying someone's form key finds nothing either
		String key = jdbc.queryForObject("select idempotency_key from mnr_alert where ref = ?", String.class, mine);
		assertThat(mvc.perform(alert(other, key, "Poro", "envoyer")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void takenAlertIsSeenByItsCaseWorkerAndSupervisorsNoLongerByTheRestOfTheCell() throws Exception {
		String ref = send(agent, UUID.randomUUID().toString(), "Poro");
		Caseworker worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		Caseworker colleague = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		String location = mvc
			.perform(post("/mnr/signalements/" + ref + "/prise-en-charge").with(as(worker)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/mnr/entretiens/");
		assertThat(status(worker, "/mnr/signalements/" + ref)).isEqualTo(200);
		assertThat(status(staff.user(CaseworkRole.SUPERVISEUR, "CR-POR"), "/mnr/signalements/" + ref)).isEqualTo(200);
		assertThat(status(colleague, "/mnr/signalements/" + ref)).isEqualTo(404);
		assertThat(status(colleague, location)).isEqualTo(404);
		// taking it twice is refused, in French
		String again = mvc.perform(post("/mnr/signalements/" + ref + "/prise-en-charge").with(as(worker)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("alert")
			.toString();
		assertThat(again).contains("déjà été pris en charge");
	}

	@Test
	void identifyingTextIsEncryptedAndEveryReadAudited() throws Exception {
		String ref = send(agent, UUID.randomUUID().toString(), "Poro");
		String raw = jdbc.queryForList("select * from mnr_alert where ref = ?", ref).toString();
		byte[] circumstances = jdbc.queryForObject("select circumstances from mnr_alert where ref = ?", byte[].class,
				ref);
		assertThat(new String(circumstances, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("Témoin-Circonstance")
			.doesNotContain("fillette");
		assertThat(raw).doesNotContain("Korhogo").doesNotContain("07 99 88 77 66");
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		page(supervisor, "/mnr/signalements/" + ref);
		page(supervisor, "/mnr/signalements");
		assertThat(jdbc.queryForList("select action || ':' || record_type from mnr_audit where actor = ? order by seq",
				String.class, supervisor.username()))
			.containsExactly("VIEW:alert", "LIST:alert-list");
		assertThat(jdbc.queryForList("select detail from mnr_audit where record_ref = ?", String.class, ref))
			.noneMatch(detail -> detail.contains("Témoin") || detail.contains("Korhogo"));
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		String html = mvc.perform(alert(agent, key, "Poro", "envoyer").param("peopleCount", "beaucoup"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Indiquez un nombre entre 1 et 999", "Témoin-Circonstance", "beaucoup");
		assertThat(jdbc.queryForObject("select count(*) from mnr_alert where idempotency_key = ?", Integer.class, key))
			.isZero();
	}

}
