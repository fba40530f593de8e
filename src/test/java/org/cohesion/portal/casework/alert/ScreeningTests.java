package org.cohesion.portal.casework.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The identification interview through HTTP: a case worker takes an alert, links or
 * creates the person record, records the indicators (the guidance follows the legal
 * definition), and concludes; presumed and identified victims publish
 * {@link ScreeningConcluded} and go to the case file, "not a victim" is oriented and
 * publishes nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class ScreeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private CaseworkStaff staff;

	private Caseworker worker;

	private String screening;

	private String alert;

	@BeforeEach
	void anAlertTakenByACaseWorkerOfThePoroCell() throws Exception {
		staff = new CaseworkStaff(jdbc);
		Caseworker agent = staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR");
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		String location = mvc
			.perform(post("/mnr/signalements").with(as(agent))
				.with(csrf())
				.param("key", UUID.randomUUID().toString())
				.param("region", "Poro")
				.param("locality", "Korhogo")
				.param("observedDate", LocalDate.now().toString())
				.param("observedTime", "00:01")
				.param("circumstances", "Circonstances fictives.")
				.param("peopleCount", "1")
				.param("action", "envoyer"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		alert = location.substring("/mnr/signalements/".length());
		screening = mvc.perform(post("/mnr/signalements/" + alert + "/prise-en-charge").with(as(worker)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/mnr/entretiens/".length());
	}

	private MvcResult createPerson(String birthdate) throws Exception {
		return mvc
			.perform(post("/mnr/entretiens/" + screening + "/nouvelle-personne").with(as(worker))
				.with(csrf())
				.param("firstName", "Awa")
				.param("secondName", "Entretien-Témoin")
				.param("birthdate", birthdate)
				.param("gender", "FEMININE"))
			.andReturn();
	}

	private String page(Caseworker who) throws Exception {
		return mvc.perform(get("/mnr/entretiens/" + screening).with(as(who)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version() {
		return jdbc.queryForObject("select version from mnr_screening where ref = ?", Long.class, screening);
	}

	private void indicators(String... means) throws Exception {
		var request = post("/mnr/entretiens/" + screening + "/indicateurs").with(as(worker))
			.with(csrf())
			.param("acts", "Recruitment", "Harbouring")
			.param("purposes", "SexualExploitation")
			.param("sexExploitation", "Prostitution")
			.param("notes", "Notes-Témoin très confidentielles")
			.param("version", Long.toString(version()));
		if (means.length > 0) {
			request.param("means", means);
		}
		mvc.perform(request).andReturn();
	}

	@Test
	void aChildScreenedAsPresumedVictimPublishesTheEventAndGoesToTheCaseFile() throws Exception {
		createPerson(LocalDate.now().minusYears(14).toString());
		String person = jdbc.queryForObject(
				"select p.code from mnr_person p join mnr_screening s on s.person_id = p.id where s.ref = ?",
				String.class, screening);
		assertThat(page(worker)).contains(person, "Enfant");

		indicators();
		assertThat(page(worker)).as("a child needs no means")
			.contains("Les réponses réunissent les éléments de la définition légale pour un enfant");

		String location = mvc
			.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
				.with(csrf())
				.param("outcome", "PossibleVictimOfTrafficking")
				.param("decisionOrg", "NonPoliceGovernmentalOrganization")
				.param("decidedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/mnr/dossiers/par-entretien/" + screening);
		ScreeningConcluded event = events.stream(ScreeningConcluded.class).findFirst().orElseThrow();
		assertThat(event.screeningRef()).isEqualTo(screening);
		assertThat(event.alertRef()).isEqualTo(alert);
		assertThat(event.actual()).isFalse();
		assertThat(event.child()).isTrue();
		assertThat(event.sexualExploitation()).isTrue();
		assertThat(event.caseWorkerId()).isEqualTo(worker.userId());
		assertThat(event.organisationId()).isEqualTo(worker.organisationId());
		assertThat(event.personId())
			.isEqualTo(jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, person));
		assertThat(jdbc.queryForObject("select status from mnr_alert where ref = ?", String.class, alert))
			.isEqualTo("SCREENED");
		assertThat(jdbc.queryForObject("select trafficking_status from mnr_screening where ref = ?", String.class,
				screening))
			.isEqualTo("PossibleVictimOfTrafficking");
	}

	@Test
	void anAdultWithoutMeansDoesNotMeetTheDefinitionUntilAMeansIsRecorded() throws Exception {
		createPerson(LocalDate.now().minusYears(30).toString());
		indicators();
		assertThat(page(worker)).contains("ne réunissent pas encore", "un moyen");
		indicators("DebtBondage", "WithholdsDocuments");
		assertThat(page(worker)).contains("réunissent les trois éléments");
	}

	@Test
	void anIdentifiedVictimNeedsTheProsecutorsOrMagistratesReference() throws Exception {
		createPerson(LocalDate.now().minusYears(25).toString());
		String refused = mvc
			.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
				.with(csrf())
				.param("outcome", "ActualVictimOfTrafficking")
				.param("decisionOrg", "Police")
				.param("decidedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Indiquez la référence de la décision", "tribunal ou le parquet");
		assertThat(events.stream(ScreeningConcluded.class)).isEmpty();

		mvc.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
			.with(csrf())
			.param("outcome", "ActualVictimOfTrafficking")
			.param("decisionOrg", "CourtOrProsecution")
			.param("authority", "Prosecutor")
			.param("authorityReference", "RP-Témoin-2026-117")
			.param("decidedOn", LocalDate.now().toString())).andReturn();
		assertThat(events.stream(ScreeningConcluded.class).findFirst().orElseThrow().actual()).isTrue();
		assertThat(page(worker)).contains("Victime identifiée", "Procureur de la République", "RP-Témoin-2026-117");
		byte[] raw = jdbc.queryForObject("select authority_reference from mnr_screening where ref = ?", byte[].class,
				screening);
		assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("RP-Témoin");
	}

	@Test
	void notAVictimIsOrientedAndOpensNoCaseFile() throws Exception {
		String location = mvc
			.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
				.with(csrf())
				.param("outcome", "NotAVictimOfTrafficking")
				.param("decisionOrg", "NonPoliceGovernmentalOrganization")
				.param("orientation", "Labour")
				.param("orientationNote", "Orientée vers l’inspection du travail de Korhogo")
				.param("decidedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/mnr/entretiens/" + screening);
		assertThat(events.stream(ScreeningConcluded.class)).isEmpty();
		assertThat(page(worker)).contains("Pas victime de traite", "Inspection du travail");
		// concluded once: a second conclusion is refused
		MvcResult again = mvc
			.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
				.with(csrf())
				.param("outcome", "PossibleVictimOfTrafficking")
				.param("decisionOrg", "NonPoliceGovernmentalOrganization")
				.param("decidedOn", LocalDate.now().toString()))
			.andReturn();
		assertThat(again.getFlashMap().get("alert").toString()).contains("Cet entretien est conclu");
		assertThat(events.stream(ScreeningConcluded.class)).isEmpty();
	}

	@Test
	void aPresumedVictimNeedsThePersonRecordFirst() throws Exception {
		String html = mvc
			.perform(post("/mnr/entretiens/" + screening + "/conclusion").with(as(worker))
				.with(csrf())
				.param("outcome", "PossibleVictimOfTrafficking")
				.param("decisionOrg", "NonPoliceGovernmentalOrganization")
				.param("decidedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Liez d’abord la fiche de la personne");
		assertThat(events.stream(ScreeningConcluded.class)).isEmpty();
	}

	@Test
	void onlyPeopleInTheCaseWorkersScopeCanBeLinkedByCode() throws Exception {
		Caseworker gon = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		String foreign = mvc
			.perform(post("/mnr/personnes").with(as(gon))
				.with(csrf())
				.param("firstName", "Hors")
				.param("secondName", "Périmètre")
				.param("gender", "MASCULINE")
				.param("identifiedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/mnr/personnes/".length());
		String html = mvc
			.perform(post("/mnr/entretiens/" + screening + "/personne").with(as(worker))
				.with(csrf())
				.param("personCode", foreign))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Aucune fiche de votre périmètre ne porte ce code");
		assertThat(jdbc.queryForObject("select person_id from mnr_screening where ref = ?", Long.class, screening))
			.isNull();
	}

	@Test
	void theInterviewIsReadByItsCaseWorkerAndTheCellsSupervisorsOnlyAndNotesAreEncrypted() throws Exception {
		createPerson(LocalDate.now().minusYears(20).toString());
		indicators("PhysicalThreats");
		assertThat(page(worker)).contains("Notes-Témoin très confidentielles");
		assertThat(page(staff.user(CaseworkRole.SUPERVISEUR, "CR-POR"))).contains("Notes-Témoin très confidentielles");
		for (Caseworker outsider : new Caseworker[] { staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR"),
				staff.user(CaseworkRole.SUPERVISEUR, "CR-GON"),
				staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR") }) {
			assertThat(mvc.perform(get("/mnr/entretiens/" + screening).with(as(outsider)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		byte[] notes = jdbc.queryForObject("select notes from mnr_screening where ref = ?", byte[].class, screening);
		assertThat(new String(notes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Notes-Témoin");
	}

	@Test
	void everyReadAndChangeOfTheInterviewIsAuditedWithoutItsContent() throws Exception {
		createPerson(LocalDate.now().minusYears(20).toString());
		indicators("PhysicalThreats");
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		page(supervisor);
		assertThat(jdbc.queryForList("select action from mnr_audit where actor = ? and record_ref = ?", String.class,
				supervisor.username(), screening))
			.containsExactly("VIEW");
		List<String> trail = jdbc.queryForList(
				"select action || ' ' || record_type || ' ' || detail from mnr_audit where actor = ? order by seq",
				String.class, worker.username());
		assertThat(trail).anyMatch(line -> line.startsWith("CREATE screening entretien ouvert"))
			.anyMatch(line -> line.startsWith("CREATE person"))
			.anyMatch(line -> line.startsWith("UPDATE screening fiche personne liée"))
			.anyMatch(line -> line.startsWith("UPDATE screening indicateurs"))
			.noneMatch(line -> line.contains("Notes-Témoin") || line.contains("Entretien-Témoin"));
	}

	@Test
	void aStaleIndicatorsFormIsAConflictThatKeepsTheTypedText() throws Exception {
		long opened = version();
		indicators("PhysicalThreats");
		String html = mvc
			.perform(post("/mnr/entretiens/" + screening + "/indicateurs").with(as(worker))
				.with(csrf())
				.param("acts", "Transport")
				.param("notes", "Texte-du-perdant à garder")
				.param("version", Long.toString(opened)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Quelqu’un a enregistré cet entretien", "Texte-du-perdant à garder");
		assertThat(page(worker)).contains("Notes-Témoin très confidentielles").doesNotContain("Texte-du-perdant");
	}

	@Test
	void placesAndDatesAreAddedEncryptedAndRemoved() throws Exception {
		mvc.perform(post("/mnr/entretiens/" + screening + "/evenements").with(as(worker))
			.with(csrf())
			.param("type", "Recruitment")
			.param("place", "Village-Témoin")
			.param("date", "2025-06-01")).andReturn();
		assertThat(page(worker)).contains("Village-Témoin", "1er juin 2025");
		byte[] place = jdbc.queryForObject(
				"select hte_place from mnr_screening_event where screening_id = (select id from mnr_screening where ref = ?)",
				byte[].class, screening);
		assertThat(new String(place, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Village");
		String ref = jdbc.queryForObject(
				"select ref from mnr_screening_event where screening_id = (select id from mnr_screening where ref = ?)",
				String.class, screening);
		mvc.perform(post("/mnr/entretiens/" + screening + "/evenements/" + ref + "/suppression").with(as(worker))
			.with(csrf())).andReturn();
		assertThat(page(worker)).doesNotContain("Village-Témoin");
	}

}
