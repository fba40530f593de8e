package org.cohesion.portal.casework.consent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.crypto.CaseworkFiles;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consent through HTTP, on H2 and PostgreSQL: decisions appended per purpose flip what
 * {@link Consents#allows} answers at once; a legal basis stands for consent; notes and
 * scanned forms are stored encrypted; a stale form is a conflict that keeps the typed
 * text; need-to-know applies (404) and every read and change is audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	Consents consents;

	@Autowired
	CaseworkFiles files;

	private CaseworkStaff staff;

	private Caseworker worker;

	@BeforeAll
	void aCaseWorkerOfThePoroCell() {
		staff = new CaseworkStaff(jdbc);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
	}

	private String newPerson(String firstName) throws Exception {
		MvcResult created = mvc
			.perform(post("/mnr/personnes").with(as(worker))
				.with(csrf())
				.param("firstName", firstName)
				.param("secondName", "Consentement-Témoin")
				.param("gender", "FEMININE")
				.param("identifiedOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return created.getResponse().getRedirectedUrl().substring("/mnr/personnes/".length());
	}

	private long id(String code) {
		return jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, code);
	}

	private long version(String code) {
		return jdbc.queryForObject("select coalesce(max(c.id), 0) from mnr_consent c join mnr_person p"
				+ " on p.id = c.person_id where p.code = ?", Long.class, code);
	}

	private MockHttpServletRequestBuilder decision(Caseworker who, String code, String purpose, String decision) {
		return post("/mnr/personnes/" + code + "/consentements").with(as(who))
			.with(csrf())
			.param("purpose", purpose)
			.param("decision", decision)
			.param("decidedOn", LocalDate.now().toString())
			.param("seen", Long.toString(version(code)));
	}

	private String page(Caseworker who, String code) throws Exception {
		return mvc.perform(get("/mnr/personnes/" + code + "/consentements").with(as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void givenThenWithdrawnConsentFlipsWhatLaterStepsMayDo() throws Exception {
		String code = newPerson("Awa");
		assertThat(consents.allows(id(code), ConsentPurpose.ASSISTANCE, null)).isFalse();

		mvc.perform(decision(worker, code, "ASSISTANCE", "GIVEN").param("interpreter", "on").param("language", "dyu"))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.allows(id(code), ConsentPurpose.ASSISTANCE, null)).isTrue();
		assertThat(consents.allows(id(code), ConsentPurpose.POLICE_JUSTICE, null)).isFalse();

		mvc.perform(decision(worker, code, "ASSISTANCE", "WITHDRAWN")).andExpect(status().is3xxRedirection());
		assertThat(consents.allows(id(code), ConsentPurpose.ASSISTANCE, null)).isFalse();

		String page = page(worker, code);
		assertThat(page).contains("Consentement retiré", "Consentement donné",
				"Avec un interprète (langue\u00a0: dioula)");
		assertThat(jdbc.queryForObject("select count(*) from mnr_consent where person_id = ?", Long.class, id(code)))
			.as("history kept: decisions are appended")
			.isEqualTo(2);
	}

	@Test
	void sharingIsAllowedOnlyWithTheNamedOrganisation() throws Exception {
		String code = newPerson("Bintou");
		long ong = jdbc.queryForObject("select id from mnr_organisation where code = 'CR-GON'", Long.class);
		long other = jdbc.queryForObject("select id from mnr_organisation where code = 'CR-SCO'", Long.class);
		mvc.perform(decision(worker, code, "SHARING", "GIVEN").param("organisationId", Long.toString(ong)))
			.andExpect(status().is3xxRedirection());

		assertThat(consents.allows(id(code), ConsentPurpose.SHARING, ong)).isTrue();
		assertThat(consents.allows(id(code), ConsentPurpose.SHARING, other)).isFalse();
		assertThat(consents.allows(id(code), ConsentPurpose.SHARING, null)).isFalse();

		String refused = mvc.perform(decision(worker, code, "SHARING", "GIVEN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("choisissez l’organisation destinataire");

		// the withdrawal button of the page's row: sharing with that organisation stops
		// at once
		assertThat(page(worker, code)).contains("Enregistrer le retrait");
		mvc.perform(decision(worker, code, "SHARING", "WITHDRAWN").param("organisationId", Long.toString(ong)))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.allows(id(code), ConsentPurpose.SHARING, ong)).isFalse();
	}

	@Test
	void aLegalBasisStandsForConsentAndItsNoteIsEncrypted() throws Exception {
		String code = newPerson("Chantal");
		String note = "Enfant non accompagné, tuteur introuvable à Ferkessédougou.";
		mvc.perform(decision(worker, code, "FAMILY_TRACING", "LEGAL_BASIS").param("legalBasis", "CHILD_BEST_INTERESTS")
			.param("note", note)).andExpect(status().is3xxRedirection());

		assertThat(consents.allows(id(code), ConsentPurpose.FAMILY_TRACING, null)).isTrue();
		assertThat(page(worker, code)).contains("Intérêt supérieur de l’enfant", note);
		byte[] stored = jdbc.queryForObject("select note from mnr_consent where person_id = ?", byte[].class, id(code));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Ferkess", "tuteur");
	}

	@Test
	void aScannedFormIsContentCheckedStoredEncryptedAndServedOnlyInScope() throws Exception {
		String code = newPerson("Djeneba");
		byte[] pdf = "%PDF-1.4\n% formulaire de consentement signé par Djeneba\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		mvc.perform(multipart("/mnr/personnes/" + code + "/consentements")
			.file(new MockMultipartFile("scan", "consentement.pdf", "application/pdf", pdf))
			.with(as(worker))
			.with(csrf())
			.param("purpose", "ASSISTANCE")
			.param("decision", "GIVEN")
			.param("decidedOn", LocalDate.now().toString())
			.param("seen", Long.toString(version(code)))).andExpect(status().is3xxRedirection());

		String reference = jdbc.queryForObject("select scan from mnr_consent where person_id = ?", String.class,
				id(code));
		try (Stream<Path> stored = Files.walk(files.root())) {
			Path file = stored.filter(path -> path.getFileName().toString().equals(reference + ".bin"))
				.findFirst()
				.orElseThrow();
			assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("PDF",
					"Djeneba");
		}
		String ref = jdbc.queryForObject("select ref from mnr_consent where person_id = ?", String.class, id(code));
		byte[] served = mvc
			.perform(get("/mnr/personnes/" + code + "/consentements/" + ref + "/formulaire").with(as(worker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(pdf);
		Caseworker outsider = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		mvc.perform(get("/mnr/personnes/" + code + "/consentements/" + ref + "/formulaire").with(as(outsider)))
			.andExpect(status().isNotFound());

		String refused = mvc
			.perform(multipart("/mnr/personnes/" + code + "/consentements")
				.file(new MockMultipartFile("scan", "consentement.pdf", "application/pdf",
						"<html>pas un PDF</html>".getBytes(StandardCharsets.UTF_8)))
				.with(as(worker))
				.with(csrf())
				.param("purpose", "STATISTICS")
				.param("decision", "GIVEN")
				.param("decidedOn", LocalDate.now().toString())
				.param("seen", Long.toString(version(code))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Le formulaire doit être un PDF");
		assertThat(consents.allows(id(code), ConsentPurpose.STATISTICS, null)).isFalse();
	}

	@Test
	void aDecisionRecordedMeanwhileIsAConflictThatKeepsTheTypedText() throws Exception {
		String code = newPerson("Edwige");
		long seen = version(code);
		Caseworker supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		mvc.perform(decision(supervisor, code, "POLICE_JUSTICE", "REFUSED")).andExpect(status().is3xxRedirection());

		String page = mvc
			.perform(post("/mnr/personnes/" + code + "/consentements").with(as(worker))
				.with(csrf())
				.param("purpose", "POLICE_JUSTICE")
				.param("decision", "GIVEN")
				.param("decidedOn", LocalDate.now().toString())
				.param("note", "Accepte de porter plainte après l’entretien avec l’avocate.")
				.param("seen", Long.toString(seen)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"conflict\"", "Accepte de porter plainte après l’entretien avec l’avocate.");
		assertThat(consents.allows(id(code), ConsentPurpose.POLICE_JUSTICE, null)).isFalse();
	}

	@Test
	void outsidersGet404AndAnAgentReadsWithoutRecording() throws Exception {
		String code = newPerson("Fanta");
		for (Caseworker outsider : List.of(staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON"),
				staff.user(CaseworkRole.SUPERVISEUR, "DLTP"), staff.user(CaseworkRole.ANALYSTE, "DLTP"))) {
			mvc.perform(get("/mnr/personnes/" + code + "/consentements").with(as(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(decision(outsider, code, "ASSISTANCE", "GIVEN")).andExpect(status().isNotFound());
		}
		Caseworker agent = staff.user(CaseworkRole.AGENT_IDENTIFICATION, "CR-POR");
		jdbc.update("insert into mnr_person_assignment (person_id, user_id) values (?, ?)", id(code), agent.userId());
		assertThat(page(agent, code)).contains("État actuel").doesNotContain("Enregistrer la décision");
		mvc.perform(decision(agent, code, "ASSISTANCE", "GIVEN")).andExpect(status().isNotFound());
		assertThat(consents.allows(id(code), ConsentPurpose.ASSISTANCE, null)).isFalse();
	}

	@Test
	void everyReadAndChangeIsAudited() throws Exception {
		String code = newPerson("Grâce");
		page(worker, code);
		mvc.perform(decision(worker, code, "STATISTICS", "GIVEN")).andExpect(status().is3xxRedirection());
		List<String> entries = jdbc.queryForList(
				"select action || ' ' || detail from mnr_audit where record_ref = ? and actor = ? order by seq",
				String.class, code, worker.username());
		assertThat(entries).contains("VIEW consentements", "UPDATE consentement STATISTICS : GIVEN");
	}

}
