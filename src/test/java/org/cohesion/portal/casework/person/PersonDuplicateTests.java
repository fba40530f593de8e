package org.cohesion.portal.casework.person;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.consent.ConsentPurpose;
import org.cohesion.portal.casework.consent.Consents;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Duplicates through HTTP, on H2 and PostgreSQL: likely matches (sound-alike name and
 * compatible age, or the same phone) are offered with masked details within the user's
 * scope, on the creation form and on the person page; outside it only a notice, and the
 * record's supervisors are told; a supervisor merges two records keeping both histories,
 * and the merged code leads to the survivor.
 */
@IntegrationTest
@RecordApplicationEvents
class PersonDuplicateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	Consents consents;

	@Autowired
	ApplicationEvents events;

	private CaseworkStaff staff() {
		return new CaseworkStaff(jdbc);
	}

	/** A phone number no other test uses. */
	private static String phone() {
		int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		return "07" + n;
	}

	private String create(Caseworker who, String firstName, String secondName, String birthdate, String phone)
			throws Exception {
		MvcResult created = mvc
			.perform(post("/mnr/personnes").with(as(who))
				.with(csrf())
				.param("firstName", firstName)
				.param("secondName", secondName)
				.param("birthdate", birthdate)
				.param("mobilePhone", phone)
				.param("gender", "FEMININE")
				.param("identifiedOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return created.getResponse().getRedirectedUrl().substring("/mnr/personnes/".length());
	}

	private String html(Caseworker who, String path) throws Exception {
		return mvc.perform(get(path).with(as(who)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long id(String code) {
		return jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, code);
	}

	private long version(String code) {
		return jdbc.queryForObject("select version from mnr_person where code = ?", Long.class, code);
	}

	@Test
	void aSoundAlikeNameWithACompatibleAgeIsOfferedOnThePersonPageWithMaskedDetails() throws Exception {
		Caseworker worker = staff().user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		String first = create(worker, "Kouassi", "Yaobli-Nguessan", "2009-05-14", phone());
		String second = create(worker, "Kwasi", "Yaobli-N'Guessan", "2010-11-02", phone());
		String unrelated = create(worker, "Kouassi", "Yaobli-Nguessan", "1975-01-01", phone());

		String page = html(worker, "/mnr/personnes/" + second);
		assertThat(page).contains("Correspondances possibles", first, "K. Y.-N.", "2009", "nom proche",
				"nés à deux ans près");
		assertThat(page).as("masked: no full name of the other record")
			.doesNotContain("Kouassi")
			.doesNotContain(unrelated);
		assertThat(page).as("a case worker does not merge").doesNotContain("/fusion/");
		assertThat(jdbc.queryForList("select detail from mnr_audit where actor = ? and action = 'SEARCH'", String.class,
				worker.username()))
			.contains("recherche de doublons (1 dans le périmètre, 0 hors périmètre)");
	}

	@Test
	void theCreationFormLooksForDuplicatesWithoutSavingAnything() throws Exception {
		Caseworker worker = staff().user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		String phone = phone();
		String existing = create(worker, "Mariam", "Sanogo-Démo", "", phone);
		long before = jdbc.queryForObject("select count(*) from mnr_person", Long.class);

		String page = mvc
			.perform(post("/mnr/personnes/nouvelle/verification").with(as(worker))
				.with(csrf())
				.param("firstName", "Myriam")
				.param("secondName", "Sanogho")
				.param("mobilePhone", "+225 " + phone.substring(0, 2) + " " + phone.substring(2))
				.param("narrative", "Texte déjà saisi, conservé.")
				.param("gender", "FEMININE")
				.param("identifiedOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(existing, "même téléphone", "Texte déjà saisi, conservé.", "value=\"Myriam\"");
		assertThat(jdbc.queryForObject("select count(*) from mnr_person", Long.class)).isEqualTo(before);
	}

	@Test
	void outsideTheScopeOnlyANoticeIsShownAndTheRecordsSupervisorsAreTold() throws Exception {
		Caseworker owner = staff().user(CaseworkRole.GESTIONNAIRE_CAS, "CR-HSA");
		Caseworker supervisor = staff().user(CaseworkRole.SUPERVISEUR, "CR-HSA");
		String phone = phone();
		String existing = create(owner, "Salimata", "Horsperimètre-Koné", "2001-02-03", phone);

		Caseworker elsewhere = staff().user(CaseworkRole.AGENT_IDENTIFICATION, "CR-GOH");
		String page = mvc
			.perform(post("/mnr/personnes/nouvelle/verification").with(as(elsewhere))
				.with(csrf())
				.param("firstName", "Salimatou")
				.param("secondName", "Horsperimetre-Kone")
				.param("birthdate", "2002-07-01")
				.param("identifiedOn", LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Une correspondance possible existe\u00a0; un superviseur vérifiera.")
			.doesNotContain(existing)
			.doesNotContain("S. H.-K.");
		assertThat(html(supervisor, "/mnr/notifications")).contains(existing, elsewhere.username());
		assertThat(jdbc.queryForObject("select count(*) from mnr_notification where recipient_id = ? and kind = ?",
				Long.class, supervisor.userId(), "POSSIBLE_DUPLICATE"))
			.isEqualTo(1);

		// a second look does not notify again
		mvc.perform(post("/mnr/personnes/nouvelle/verification").with(as(elsewhere))
			.with(csrf())
			.param("firstName", "Salimatou")
			.param("secondName", "Horsperimetre-Kone")
			.param("birthdate", "2002-07-01"));
		assertThat(jdbc.queryForObject("select count(*) from mnr_notification where recipient_id = ? and kind = ?",
				Long.class, supervisor.userId(), "POSSIBLE_DUPLICATE"))
			.isEqualTo(1);
	}

	@Test
	void aSupervisorMergesTwoRecordsKeepingBothHistoriesAndTheMergedCodeLeadsToTheSurvivor() throws Exception {
		Caseworker supervisor = staff().user(CaseworkRole.SUPERVISEUR, "CR-GON");
		Caseworker worker = staff().user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		Caseworker agent = staff().user(CaseworkRole.AGENT_IDENTIFICATION, "CR-GON");
		String phone = phone();
		String kept = create(worker, "Aya", "Fusion-Bamba", "2008-08-08", phone);
		String merged = create(agent, "Aïa", "Fusionn-Bamba", "", phone);
		mvc.perform(post("/mnr/personnes/" + merged + "/consentements").with(as(supervisor))
			.with(csrf())
			.param("purpose", "ASSISTANCE")
			.param("decision", "GIVEN")
			.param("decidedOn", LocalDate.now().toString())
			.param("seen", "0")).andExpect(status().is3xxRedirection());
		assertThat(html(agent, "/mnr/personnes/" + kept)).as("not the agent's record yet")
			.doesNotContain("Fusion-Bamba");

		String offered = html(supervisor, "/mnr/personnes/" + kept);
		assertThat(offered).contains(merged, "/mnr/personnes/" + kept + "/fusion/" + merged);
		String comparison = html(supervisor, "/mnr/personnes/" + kept + "/fusion/" + merged);
		assertThat(comparison).contains("Aya", "Aïa", "Fusionn-Bamba");

		MvcResult result = mvc
			.perform(post("/mnr/personnes/" + kept + "/fusion/" + merged).with(as(supervisor))
				.with(csrf())
				.param("keep", kept)
				.param("confirm", "on")
				.param("leftVersion", Long.toString(version(kept)))
				.param("rightVersion", Long.toString(version(merged))))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/personnes/" + kept);

		// the merged code leads to the survivor; the merged record itself stays readable
		MvcResult redirected = mvc.perform(get("/mnr/personnes/" + merged).with(as(supervisor)))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(redirected.getResponse().getHeader("Location"))
			.isEqualTo("/mnr/personnes/" + kept + "?depuis=" + merged);
		assertThat(html(supervisor, "/mnr/personnes/" + merged + "?fusionnee=oui")).contains("Aïa", "a été fusionnée",
				kept);
		assertThat(html(supervisor, "/mnr/personnes/" + kept)).contains("Fiches fusionnées dans celle-ci", merged);

		// assignments, indexes and consents carried over
		assertThat(html(agent, "/mnr/personnes/" + kept)).as("the merged record's owner follows the person")
			.contains("Fusion-Bamba");
		assertThat(html(supervisor, "/mnr/personnes?q=Aia+Fusionn+Bamba")).contains(kept).doesNotContain(merged);
		assertThat(html(supervisor, "/mnr/personnes")).doesNotContain(merged);
		assertThat(consents.allows(id(kept), ConsentPurpose.ASSISTANCE, null)).isTrue();
		assertThat(consents.allows(id(merged), ConsentPurpose.ASSISTANCE, null)).isTrue();
		assertThat(html(supervisor, "/mnr/personnes/" + kept + "/consentements"))
			.contains("Reprise de la fiche " + merged);

		// both audit histories kept, the merge audited on both
		for (String code : List.of(kept, merged)) {
			assertThat(jdbc.queryForList("select action from mnr_audit where record_ref = ?", String.class, code))
				.contains("CREATE", "UPDATE");
		}
		assertThat(jdbc.queryForObject("select count(*) from mnr_audit where record_ref = ? and detail like 'fusion%'",
				Long.class, merged))
			.isEqualTo(1);
		assertThat(events.stream(PersonsMerged.class))
			.anyMatch(event -> event.survivorCode().equals(kept) && event.mergedCode().equals(merged));

		// a record merged cannot be merged again
		assertThat(jdbc.queryForObject("select merged_into_id from mnr_person where code = ?", Long.class, merged))
			.isEqualTo(id(kept));
	}

	@Test
	void aMergeOnAStaleComparisonIsRefusedAndNothingMoves() throws Exception {
		Caseworker supervisor = staff().user(CaseworkRole.SUPERVISEUR, "CR-SCO");
		String phone = phone();
		String a = create(supervisor, "Nadège", "Conflit-Aka", "", phone);
		String b = create(supervisor, "Nadege", "Conflit-Akah", "", phone);
		long staleB = version(b);
		mvc.perform(post("/mnr/personnes/" + b).with(as(supervisor))
			.with(csrf())
			.param("firstName", "Nadège")
			.param("secondName", "Conflit-Akah")
			.param("mobilePhone", phone)
			.param("gender", "FEMININE")
			.param("identifiedOn", LocalDate.now().toString())
			.param("version", Long.toString(staleB))).andExpect(status().is3xxRedirection());

		String page = mvc
			.perform(post("/mnr/personnes/" + a + "/fusion/" + b).with(as(supervisor))
				.with(csrf())
				.param("keep", a)
				.param("confirm", "on")
				.param("leftVersion", Long.toString(version(a)))
				.param("rightVersion", Long.toString(staleB)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"merge-error\"", "a été modifiée pendant que vous les compariez");
		assertThat(jdbc.queryForObject("select count(*) from mnr_person where code = ? and merged_into_id is null",
				Long.class, b))
			.isEqualTo(1);
	}

	@Test
	void onlyASupervisorWithBothRecordsInScopeMergesOrSetsAPairAside() throws Exception {
		Caseworker supervisor = staff().user(CaseworkRole.SUPERVISEUR, "CR-POR");
		String phone = phone();
		String a = create(supervisor, "Ténin", "Portee-Diarra", "", phone);
		String b = create(supervisor, "Tenin", "Portée-Diara", "", phone);
		for (Caseworker who : List.of(staff().user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR"),
				staff().user(CaseworkRole.SUPERVISEUR, "CR-GON"), staff().user(CaseworkRole.SUPERVISEUR, "DLTP"))) {
			mvc.perform(get("/mnr/personnes/" + a + "/fusion/" + b).with(as(who))).andExpect(status().isNotFound());
			mvc.perform(post("/mnr/personnes/" + a + "/fusion/" + b).with(as(who))
				.with(csrf())
				.param("keep", a)
				.param("confirm", "on")
				.param("leftVersion", Long.toString(version(a)))
				.param("rightVersion", Long.toString(version(b)))).andExpect(status().isNotFound());
			mvc.perform(post("/mnr/personnes/" + a + "/correspondances/" + b + "/ecarter").with(as(who)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_person where code in (?, ?) and merged_into_id is null", Long.class, a, b))
			.isEqualTo(2);

		// set aside by the supervisor: not offered again
		assertThat(html(supervisor, "/mnr/personnes/" + a)).contains(b);
		mvc.perform(
				post("/mnr/personnes/" + a + "/correspondances/" + b + "/ecarter").with(as(supervisor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(html(supervisor, "/mnr/personnes/" + a)).doesNotContain(b);
		assertThat(html(supervisor, "/mnr/personnes/" + b)).doesNotContain(a);
	}

}
