package org.cohesion.portal.casework.transfer;

import java.nio.charset.StandardCharsets;

import org.cohesion.portal.casework.TestCases;
import org.cohesion.portal.casework.TestCases.Person;
import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Transfer of responsibility through HTTP: the owner asks with a reason (encrypted), the
 * receiver sees only the request (the case stays 404 for them) until they accept; then
 * the new owner reads the case and the former one no longer (nor the former cell's
 * supervisor when it moved to another cell); a decline keeps the owner; the timeline
 * tells each step and the receiver is notified.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferFlowTests {

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

	private Caseworker owner;

	private Caseworker porSupervisor;

	private Caseworker receiver;

	private Caseworker colleague;

	private Caseworker bystander;

	@BeforeAll
	void twoCellsAndTheirStaff() {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		owner = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		porSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		colleague = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		receiver = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
		bystander = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-GON");
	}

	@Test
	void theReceiverSeesTheCaseOnlyOnceAcceptedAndTheFormerOwnerAndCellNoLonger() throws Exception {
		String code = openCase("Affoué");
		assertThat(status(get("/mnr/dossiers/" + code).with(as(receiver)))).isEqualTo(404);
		assertThat(status(get("/mnr/dossiers/" + code + "/transfert").with(as(colleague)))).isEqualTo(404);

		assertThat(html(request(owner, code, receiver, "court"))).contains("10 caractères au moins");
		MvcResult asked = mvc.perform(request(owner, code, receiver, "Déménagement de la personne à Bondoukou"))
			.andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/mnr/dossiers/" + code + "/transfert");
		byte[] reason = jdbc.queryForObject("select reason from mnr_case_transfer where case_code = ?", byte[].class,
				code);
		assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("Bondoukou");
		assertThat(
				jdbc.queryForObject(
						"select count(*) from mnr_notification where recipient_id = ?"
								+ " and kind = 'TRANSFER_REQUESTED' and record_ref = ?",
						Long.class, receiver.userId(), code))
			.isEqualTo(1);
		assertThat(html(get("/mnr/notifications").with(as(receiver)))).contains("/mnr/transferts");

		// before accepting: the request with its code and reason, not the case
		assertThat(html(get("/mnr/transferts").with(as(receiver)))).contains(code)
			.contains("Déménagement de la personne à Bondoukou")
			.doesNotContain("Affoué");
		assertThat(status(get("/mnr/dossiers/" + code).with(as(receiver)))).isEqualTo(404);
		assertThat(html(get("/mnr/transferts").with(as(bystander)))).doesNotContain(code);
		String ref = jdbc.queryForObject("select ref from mnr_case_transfer where case_code = ?", String.class, code);
		assertThat(status(answer(bystander, ref, "accepter"))).isEqualTo(404);

		MvcResult accepted = mvc.perform(answer(receiver, ref, "accepter")).andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/mnr/dossiers/" + code);
		assertThat(status(get("/mnr/dossiers/" + code).with(as(receiver)))).isEqualTo(200);
		assertThat(status(get("/mnr/dossiers/" + code).with(as(owner)))).isEqualTo(404);
		assertThat(status(get("/mnr/dossiers/" + code).with(as(porSupervisor)))).isEqualTo(404);
		assertThat(jdbc.queryForObject("select owner_id from mnr_case where code = ?", Long.class, code))
			.isEqualTo(receiver.userId());
		assertThat(jdbc.queryForObject("select organisation_id from mnr_case where code = ?", Long.class, code))
			.isEqualTo(receiver.organisationId());
		String page = html(get("/mnr/dossiers/" + code).with(as(receiver)));
		assertThat(page).contains("Transfert de responsabilité demandé.")
			.contains("Transfert accepté\u00a0: le dossier a changé de responsable.");
		assertThat(status(answer(receiver, ref, "accepter"))).isEqualTo(404);
	}

	@Test
	void aDeclineKeepsTheOwnerAndTheTimelineSaysSo() throws Exception {
		String code = openCase("Yasmina");
		mvc.perform(request(porSupervisor, code, colleague, "Charge de travail trop lourde ce mois-ci")).andReturn();
		String ref = jdbc.queryForObject("select ref from mnr_case_transfer where case_code = ?", String.class, code);
		assertThat(html(request(owner, code, receiver, "Une deuxième demande en même temps")))
			.contains("attend déjà une réponse");
		MvcResult declined = mvc.perform(answer(colleague, ref, "refuser")).andReturn();
		assertThat(declined.getResponse().getRedirectedUrl()).isEqualTo("/mnr/transferts");
		assertThat(jdbc.queryForObject("select owner_id from mnr_case where code = ?", Long.class, code))
			.isEqualTo(owner.userId());
		assertThat(status(get("/mnr/dossiers/" + code).with(as(colleague)))).isEqualTo(404);
		String page = html(get("/mnr/dossiers/" + code).with(as(owner)));
		assertThat(page).contains("Transfert refusé\u00a0: le dossier garde son responsable.");
		assertThat(html(get("/mnr/dossiers/" + code + "/transfert").with(as(owner)))).contains("refusé");
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_notification where recipient_id = ?"
						+ " and kind = 'TRANSFER_ANSWERED' and record_ref = ?",
				Long.class, porSupervisor.userId(), code))
			.isEqualTo(1);
	}

	@Test
	void aTransferStillAwaitingAnAnswerEndsWhenTheCaseCloses() throws Exception {
		String code = openCase("Mariam");
		mvc.perform(request(owner, code, receiver, "Déménagement de la personne à Bondoukou")).andReturn();
		String ref = jdbc.queryForObject("select ref from mnr_case_transfer where case_code = ?", String.class, code);
		assertThat(html(get("/mnr/transferts").with(as(receiver)))).contains(code);

		// the cell's supervisor asks for the closure: approved at once
		mvc.perform(post("/mnr/dossiers/" + code + "/cloture").with(as(porSupervisor))
			.with(csrf())
			.param("category", "OBJECTIVES_MET")
			.param("reason", "Objectifs du plan atteints, la personne travaille")).andReturn();
		assertThat(jdbc.queryForObject("select cas_status from mnr_case where code = ?", String.class, code))
			.isEqualTo("Closed");

		assertThat(jdbc.queryForObject("select status from mnr_case_transfer where ref = ?", String.class, ref))
			.isEqualTo("DECLINED");
		assertThat(html(get("/mnr/transferts").with(as(receiver)))).doesNotContain(code);
		assertThat(status(answer(receiver, ref, "accepter"))).isEqualTo(404);
		assertThat(jdbc.queryForObject("select owner_id from mnr_case where code = ?", Long.class, code))
			.isEqualTo(owner.userId());
		assertThat(html(get("/mnr/dossiers/" + code).with(as(owner))))
			.contains("Transfert annulé\u00a0: le dossier a été clôturé avant la réponse.");
		assertThat(jdbc.queryForObject("select count(*) from mnr_notification where recipient_id = ?"
				+ " and kind = 'TRANSFER_ANSWERED' and record_ref = ?", Long.class, owner.userId(), code))
			.isEqualTo(1);
	}

	// ---- helpers

	private MockHttpServletRequestBuilder request(Caseworker who, String code, Caseworker to, String reason) {
		return post("/mnr/dossiers/" + code + "/transfert").with(as(who))
			.with(csrf())
			.param("receiverId", Long.toString(to.userId()))
			.param("reason", reason);
	}

	private MockHttpServletRequestBuilder answer(Caseworker who, String ref, String action) {
		long version = jdbc.queryForObject("select version from mnr_case_transfer where ref = ?", Long.class, ref);
		return post("/mnr/transferts/" + ref + "/" + action).with(as(who))
			.with(csrf())
			.param("version", Long.toString(version));
	}

	private String openCase(String firstName) throws Exception {
		return new TestCases(mvc, jdbc, events, transactions).open(owner,
				Person.named(firstName, "Essai-Transfert").born("1998-05-06"));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
