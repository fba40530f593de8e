package org.cohesion.portal.casework.referral;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.cohesion.portal.casework.TestCases;
import org.cohesion.portal.casework.TestCases.Person;
import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referral end to end through HTTP: the consent gate (refused without consent, an
 * override only by a supervisor with a reason, audited and notified), the provider seeing
 * only the shared fields of what is addressed to it (404 for anything else, and nothing
 * once consent is withdrawn), accept → start → done on the case's timeline, a refusal
 * offering other providers, and the e-mail that carries no personal data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralFlowTests {

	static final ServerSetup SMTP = FreeSmtp.setup();

	static final GreenMail MAIL = new GreenMail(SMTP);

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	@Qualifier(CaseworkTransactional.TRANSACTION_MANAGER)
	PlatformTransactionManager transactions;

	private Caseworker worker;

	private Caseworker supervisor;

	private Caseworker secondSupervisor;

	private Caseworker provider;

	private Caseworker otherProvider;

	private long shelter;

	private String shelterService;

	@BeforeAll
	void aCellAShelterAndItsStaff() {
		MAIL.start();
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		shelter = organisation("R-FOY" + suffix, "Foyer de référence d’essai", "Poro");
		long other = organisation("R-AUT" + suffix, "Autre foyer d’essai", "Poro");
		shelterService = service(shelter, 5);
		service(other, 3);
		worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		secondSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		provider = staff.user(CaseworkRole.PRESTATAIRE, "R-FOY" + suffix);
		otherProvider = staff.user(CaseworkRole.PRESTATAIRE, "R-AUT" + suffix);
	}

	@AfterAll
	void stopTheRelay() {
		MAIL.stop();
	}

	@Test
	void withoutConsentTheReferralIsRefusedAndOnlyASupervisorsReasonedOverrideGoes() throws Exception {
		String code = openCase("Mariam", "Sans-Consentement");
		String refused = html(send(worker, code).param("fields", "FIRST_NAME"));
		assertThat(refused).contains("La personne n’a pas consenti au partage avec cette structure");
		assertThat(html(send(worker, code).param("override", "true").param("overrideReason", "Urgence vitale, nuit")))
			.contains("Seul un superviseur peut référencer sans consentement");
		assertThat(count(code)).isZero();

		assertThat(html(send(supervisor, code).param("override", "true").param("overrideReason", "trop court")))
			.contains("Expliquez en une phrase au moins");
		MvcResult sent = mvc
			.perform(send(supervisor, code).param("override", "true")
				.param("overrideReason", "Enfant en danger immédiat, aucun parent joignable cette nuit"))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/mnr/dossiers/" + code + "/referencements");
		String ref = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class, code);
		assertThat(jdbc.queryForObject("select ground from mnr_referral where ref = ?", String.class, ref))
			.isEqualTo("OVERRIDE");
		byte[] reason = jdbc.queryForObject("select override_reason from mnr_referral where ref = ?", byte[].class,
				ref);
		assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("danger");
		assertThat(jdbc.queryForObject("select count(*) from mnr_audit where record_type = 'referral'"
				+ " and record_ref = ? and detail like '%OVERRIDE%'", Long.class, ref))
			.isEqualTo(1);
		assertThat(notified(secondSupervisor, code)).isEqualTo(1);
		assertThat(notified(supervisor, code)).isZero();
		assertThat(html(mvc.perform(get("/mnr/notifications").with(as(secondSupervisor))).andReturn()))
			.contains("sans le consentement de la personne");
	}

	private long notified(Caseworker who, String code) {
		return jdbc.queryForObject("select count(*) from mnr_notification where recipient_id = ?"
				+ " and kind = 'REFERRAL_OVERRIDE' and record_ref = ?", Long.class, who.userId(), code);
	}

	@Test
	void theProviderSeesOnlyTheSharedFieldsOfWhatIsAddressedToItAndTheEmailNamesNoOne() throws Exception {
		String code = openCase("Awa", "Partage-Limité");
		consent(code, shelter);
		MAIL.purgeEmailFromAllMailboxes();
		mvc.perform(send(worker, code).param("fields", "FIRST_NAME", "GENDER_AGE")
			.param("urgent", "true")
			.param("note", "Arrivée prévue demain matin avec une assistante sociale"));
		String ref = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class, code);

		String inbox = html(mvc.perform(get("/mnr/referencements").with(as(provider))).andReturn());
		assertThat(inbox).contains(code, "Urgent").doesNotContain("Awa");
		String page = html(mvc.perform(get("/mnr/referencements/" + ref).with(as(provider))).andReturn());
		assertThat(page).contains("Awa", "Féminin", "Arrivée prévue demain matin")
			.doesNotContain("Partage-Limité", "07 55");
		assertThat(status(get("/mnr/referencements/" + ref).with(as(otherProvider)))).isEqualTo(404);
		assertThat(status(get("/mnr/dossiers/" + code).with(as(provider)))).isEqualTo(404);
		assertThat(status(get("/mnr/personnes/" + person(code)).with(as(provider)))).isEqualTo(404);

		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = MAIL.getReceivedMessages()[0];
		String body = (String) mail.getContent();
		assertThat(mail.getSubject()).contains("référencement urgent");
		assertThat(body + mail.getSubject()).contains("/mnr/referencements")
			.doesNotContain("Awa", "Partage-Limité", code, ref);

		// consent withdrawn: the provider sees nothing of the person any more
		mvc.perform(post("/mnr/personnes/" + person(code) + "/consentements").with(as(worker))
			.with(csrf())
			.param("purpose", "SHARING")
			.param("organisationId", Long.toString(shelter))
			.param("decision", "WITHDRAWN")
			.param("decidedOn", LocalDate.now().toString())
			.param("seen", Long.toString(consentVersion(code))));
		assertThat(html(mvc.perform(get("/mnr/referencements/" + ref).with(as(provider))).andReturn()))
			.contains("a retiré son consentement")
			.doesNotContain("Awa");
	}

	@Test
	void acceptedStartedAndDoneTheReferralRunsOnTheCaseTimelineAndARefusalOffersOthers() throws Exception {
		String code = openCase("Fanta", "Parcours-Complet");
		consent(code, shelter);
		mvc.perform(send(worker, code).param("fields", "FIRST_NAME"));
		String ref = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class, code);

		answer(ref, "commencer", null);
		assertThat(html(answerRequest(ref, "commencer", null))).contains("ne peut commencer");
		answer(ref, "accepter", null);
		answer(ref, "commencer", null);
		answer(ref, "terminer", "Hébergement de trois semaines, suivi scolaire repris");
		assertThat(jdbc.queryForObject("select status from mnr_referral where ref = ?", String.class, ref))
			.isEqualTo("DONE");
		String casePage = html(mvc.perform(get("/mnr/dossiers/" + code).with(as(worker))).andReturn());
		assertThat(casePage).contains("Référencement envoyé", "Référencement accepté", "Prise en charge terminée");
		assertThat(html(mvc.perform(get("/mnr/dossiers/" + code + "/referencements").with(as(worker))).andReturn()))
			.contains("Hébergement de trois semaines", "Prise en charge terminée");

		String second = openCase("Nafi", "Refus-Essai");
		consent(second, shelter);
		mvc.perform(send(worker, second).param("fields", "FIRST_NAME"));
		String refusedRef = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class,
				second);
		assertThat(html(answerRequest(refusedRef, "refuser", ""))).contains("Indiquez pourquoi");
		answer(refusedRef, "refuser", "Complet jusqu’à la fin du mois");
		assertThat(html(mvc.perform(get("/mnr/dossiers/" + second + "/referencements").with(as(worker))).andReturn()))
			.contains("Complet jusqu’à la fin du mois", "Autre foyer d’essai");
	}

	@Test
	void theProviderNoLongerSeesTheSharedFieldsAfterARefusalNorAfterTheTailOfADoneReferral() throws Exception {
		String refusedCase = openCase("Rokia", "Refus-Masqué");
		consent(refusedCase, shelter);
		mvc.perform(send(worker, refusedCase).param("fields", "FIRST_NAME")
			.param("note", "Rendez-vous au commissariat de Korhogo"));
		String refused = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class,
				refusedCase);
		assertThat(html(get("/mnr/referencements/" + refused).with(as(provider)))).contains("Rokia",
				"Rendez-vous au commissariat");
		answer(refused, "refuser", "Plus de place ce mois-ci");
		assertThat(html(get("/mnr/referencements/" + refused).with(as(provider))))
			.contains("Plus de place ce mois-ci", "Vous avez refusé ce référencement")
			.doesNotContain("Rokia", "Rendez-vous au commissariat");

		String doneCase = openCase("Bintou", "Fin-De-Prise");
		consent(doneCase, shelter);
		mvc.perform(send(worker, doneCase).param("fields", "FIRST_NAME"));
		String done = jdbc.queryForObject("select ref from mnr_referral where case_code = ?", String.class, doneCase);
		answer(done, "accepter", null);
		answer(done, "terminer", "Trois nuits d’hébergement et un accompagnement au tribunal");
		assertThat(html(get("/mnr/referencements/" + done).with(as(provider)))).contains("Bintou");
		jdbc.update("update mnr_referral set closed_at = ? where ref = ?",
				java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(31))), done);
		assertThat(html(get("/mnr/referencements/" + done).with(as(provider))))
			.contains("Trois nuits d’hébergement", "30 jours")
			.doesNotContain("Bintou");
		// the inbox still lists both, by case code only
		assertThat(html(get("/mnr/referencements").with(as(provider)))).contains(refusedCase, doneCase)
			.doesNotContain("Rokia", "Bintou");
	}

	@Test
	void aServiceThatDoesNotTakeThePersonIsRefusedOnTheServerWhateverTheFormSays() throws Exception {
		// the shelter takes children and women, not men
		String man = openCase("Drissa", "Adulte-Homme", "MASCULINE", false);
		consent(man, shelter);
		assertThat(html(send(worker, man).param("fields", "FIRST_NAME")))
			.contains("Ce service n’accueille pas les hommes");
		assertThat(count(man)).isZero();

		// a service for adults only: a child's case is refused
		String adultsOnly = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		jdbc.update("insert into mnr_service (ref, organisation_id, service_type, regions, takes_children, takes_women,"
				+ " takes_men, capacity_total, places_free, created_at) values (?, ?, 'LEGAL_AID', 'Poro', false, true,"
				+ " true, null, null, current_timestamp)", adultsOnly, shelter);
		String child = openCase("Awa", "Enfant-Essai", "FEMININE", true);
		consent(child, shelter);
		assertThat(html(post("/mnr/dossiers/" + child + "/referencements").with(as(worker))
			.with(csrf())
			.param("serviceRef", adultsOnly)
			.param("fields", "FIRST_NAME"))).contains("Ce service n’accueille pas les enfants");
		assertThat(count(child)).isZero();
		mvc.perform(send(worker, child).param("fields", "FIRST_NAME"));
		assertThat(count(child)).isEqualTo(1);
	}

	// ---- helpers

	private String openCase(String firstName, String secondName) throws Exception {
		return openCase(firstName, secondName, "FEMININE", false);
	}

	private String openCase(String firstName, String secondName, String gender, boolean child) throws Exception {
		return new TestCases(mvc, jdbc, events, transactions)
			.open(worker, Person.named(firstName, secondName).born("1999-03-04").gender(gender).phone("07 55 44 33 22"),
					false, child)
			.caseCode();
	}

	private String person(String caseCode) {
		return jdbc.queryForObject(
				"select p.code from mnr_person p join mnr_case c on c.person_id = p.id" + " where c.code = ?",
				String.class, caseCode);
	}

	private long consentVersion(String caseCode) {
		return jdbc.queryForObject("select coalesce(max(n.id), 0) from mnr_consent n join mnr_case c"
				+ " on c.person_id = n.person_id where c.code = ?", Long.class, caseCode);
	}

	private void consent(String caseCode, long organisationId) throws Exception {
		mvc.perform(post("/mnr/personnes/" + person(caseCode) + "/consentements").with(as(worker))
			.with(csrf())
			.param("purpose", "SHARING")
			.param("organisationId", Long.toString(organisationId))
			.param("decision", "GIVEN")
			.param("decidedOn", LocalDate.now().toString())
			.param("seen", Long.toString(consentVersion(caseCode))));
	}

	private MockHttpServletRequestBuilder send(Caseworker who, String caseCode) {
		return post("/mnr/dossiers/" + caseCode + "/referencements").with(as(who))
			.with(csrf())
			.param("serviceRef", shelterService);
	}

	private void answer(String ref, String action, String text) throws Exception {
		MvcResult result = answerRequest(ref, action, text);
		assertThat(result.getResponse().getStatus()).as(action).isIn(302, 422);
	}

	private MvcResult answerRequest(String ref, String action, String text) throws Exception {
		long version = jdbc.queryForObject("select version from mnr_referral where ref = ?", Long.class, ref);
		MockHttpServletRequestBuilder request = post("/mnr/referencements/" + ref + "/" + action).with(as(provider))
			.with(csrf())
			.param("version", Long.toString(version));
		if (text != null) {
			request.param("text", text);
		}
		return mvc.perform(request).andReturn();
	}

	private long count(String caseCode) {
		return jdbc.queryForObject("select count(*) from mnr_referral where case_code = ?", Long.class, caseCode);
	}

	private long organisation(String code, String name, String region) {
		jdbc.update("insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
				+ " values (?, ?, 'PRESTATAIRE', 'NGO', ?, true, current_timestamp)", code, name, region);
		return jdbc.queryForObject("select id from mnr_organisation where code = ?", Long.class, code);
	}

	private String service(long organisationId, int free) {
		String ref = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		jdbc.update("insert into mnr_service (ref, organisation_id, service_type, regions, takes_children, takes_women,"
				+ " takes_men, capacity_total, places_free, created_at) values (?, ?, 'NGO_SHELTER', 'Poro', true, true,"
				+ " false, 10, ?, current_timestamp)", ref, organisationId, free);
		return ref;
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return html(mvc.perform(request).andReturn());
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
