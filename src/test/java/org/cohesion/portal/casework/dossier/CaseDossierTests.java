package org.cohesion.portal.casework.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.TestCases;
import org.cohesion.portal.casework.TestCases.Person;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.shared.FrenchDates;
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
 * The prosecutor's case file through HTTP, read back with PDFBox: the chosen parts and
 * nothing else, the watermark (printer, role, date, reference, notice) on every page, a
 * hidden name only when ticked (and then audited), the print audited without any value,
 * 404 outside need-to-know.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDossierTests {

	static final String PURPOSE = "Parquet de Korhogo — «\u00a0réquisition\u202f2026/117\u00a0»";

	static final String LONG_NOTE = "Le témoin décrit le trajet de Ferkessédougou à Korhogo, de nuit, à moto. "
		.repeat(110);

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

	private Caseworker supervisor;

	private Caseworker colleague;

	private Caseworker otherCellSupervisor;

	private Caseworker provider;

	private String code;

	@BeforeAll
	void aChildsCaseWithNotesAndAPerpetrator() throws Exception {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		owner = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		supervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-POR");
		colleague = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		otherCellSupervisor = staff.user(CaseworkRole.SUPERVISEUR, "CR-GON");
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		jdbc.update("insert into mnr_organisation (code, name, kind, org_type, region, active, created_at)"
				+ " values (?, 'Foyer d’essai du dossier', 'PRESTATAIRE', 'NGO', 'Poro', true, current_timestamp)",
				"D-FOY" + suffix);
		provider = staff.user(CaseworkRole.PRESTATAIRE, "D-FOY" + suffix);
		code = openChildCase("Akissi", "Dossier-Témoin");
		note(LONG_NOTE);
		note("Note gardée : adresse provisoire chez une tante à Sinématiali");
		mvc.perform(post("/mnr/dossiers/" + code + "/auteurs").with(as(owner))
			.with(csrf())
			.param("roles", "Exploiter")
			.param("details", "Surnommé «\u00a0le patron\u00a0», marché de Korhogo"));
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_case_perpetrator p join mnr_case c on c.id = p.case_id" + " where c.code = ?",
				Long.class, code))
			.isEqualTo(1);
	}

	@Test
	void theOwnerPrintsOnlyTheChosenPartsWatermarkedOnEveryPageAndTheHiddenNameStaysHidden() throws Exception {
		String page = html(mvc.perform(get("/mnr/dossiers/" + code + "/impression").with(as(owner))).andReturn());
		assertThat(page).contains("Faire figurer le nom complet", "Note gardée", "Identité de la personne")
			.doesNotContain("Akissi");
		String longNote = noteRef("Le témoin décrit");

		LocalDate before = today();
		MvcResult result = mvc
			.perform(print(owner).param("parts", "IDENTITY", "NOTES", "PERPETRATORS")
				.param("notes", longNote)
				.param("purpose", PURPOSE))
			.andReturn();
		LocalDate after = today();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment").matches(".*filename=\"dossier-imp-[a-z0-9-]+\\.pdf\".*");
		assertThat(disposition).doesNotContain("Akissi", code);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		String printRef = "IMP-"
				+ disposition.replaceAll(".*dossier-imp-([a-z0-9-]+)\\.pdf.*", "$1").toUpperCase(Locale.ROOT);

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).as("a long note makes several pages").isGreaterThan(1);
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				String text = text(pdf, i, i);
				assertThat(text).as("page " + i)
					.contains("Imprimé par " + owner.displayName() + " (Gestionnaire de cas)")
					.contains(printRef)
					.contains("Document confidentiel — diffusion restreinte")
					.containsAnyOf(FrenchDates.longDate(before, Locale.FRENCH) + " à ",
							FrenchDates.longDate(after, Locale.FRENCH) + " à ");
			}
			String all = text(pdf, 1, pdf.getNumberOfPages());
			assertThat(all).contains(PURPOSE)
				.contains("Identité de la personne", "Notes choisies", "Auteurs présumés")
				.contains("Surnommé «\u00a0le patron\u00a0»", "Ferkessédougou")
				.contains("Nom masqué")
				.doesNotContain("Akissi")
				.doesNotContain("Note gardée", "Sinématiali")
				.doesNotContain("Risques et besoins", "Historique du dossier", "Plan d’assistance",
						"Référencements et prises en charge", "Identification\u00a0: résultat");
			pdf.getPages().forEach(p -> p.getResources().getFontNames().forEach(name -> {
				try {
					PDFont font = p.getResources().getFont(name);
					assertThat(font.getName()).contains("DejaVuSans");
					assertThat(font.isEmbedded()).isTrue();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
		}

		List<String> printed = jdbc.queryForList(
				"select detail from mnr_audit where action = 'PRINT' and record_ref = ? and actor_id = ?", String.class,
				code, owner.userId());
		assertThat(printed).singleElement()
			.asString()
			.contains(printRef, "IDENTITY", "PERPETRATORS", "NOTES", "1 note")
			.doesNotContain("Akissi", "patron", "Korhogo", "Ferkessédougou", "réquisition");
		assertThat(jdbc.queryForList("select detail from mnr_audit where record_ref = ?", String.class, code))
			.noneMatch(
					detail -> detail.contains("patron") || detail.contains("Akissi") || detail.contains("réquisition"));
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_case_event e join mnr_case c on c.id = e.case_id"
						+ " where c.code = ? and e.kind = 'CASE_FILE_PRINTED' and e.detail = ?",
				Long.class, code, printRef))
			.isEqualTo(1);
		assertThat(html(mvc.perform(get("/mnr/dossiers/" + code).with(as(owner))).andReturn()))
			.contains("Dossier imprimé pour transmission");
	}

	@Test
	void aHiddenNameIsPrintedOnlyWhenTheSupervisorTicksItAndThatIsAudited() throws Exception {
		MvcResult result = mvc
			.perform(print(supervisor).param("parts", "IDENTITY").param("showName", "true").param("purpose", PURPOSE))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String disposition = result.getResponse().getHeader("Content-Disposition");
		String printRef = "IMP-"
				+ disposition.replaceAll(".*dossier-imp-([a-z0-9-]+)\\.pdf.*", "$1").toUpperCase(Locale.ROOT);
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("Akissi DOSSIER-TÉMOIN")
				.contains("Imprimé par " + supervisor.displayName() + " (Superviseur")
				.doesNotContain("Surnommé", "Ferkessédougou");
		}
		assertThat(jdbc.queryForList(
				"select detail from mnr_audit where action = 'REVEAL' and record_ref = ?" + " and actor_id = ?",
				String.class, code, supervisor.userId()))
			.singleElement()
			.asString()
			.contains(printRef)
			.doesNotContain("Akissi");
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_case_event e join mnr_case c on c.id = e.case_id"
						+ " where c.code = ? and e.kind = 'NAME_REVEALED' and e.detail = 'dossier' and e.actor_id = ?",
				Long.class, code, supervisor.userId()))
			.isEqualTo(1);
	}

	@Test
	void outsideNeedToKnowThePrintIsA404AndNothingIsPrinted() throws Exception {
		for (Caseworker stranger : List.of(otherCellSupervisor, colleague, provider)) {
			assertThat(status(get("/mnr/dossiers/" + code + "/impression").with(as(stranger))))
				.as(stranger.role().name())
				.isEqualTo(404);
			MvcResult refused = mvc.perform(print(stranger).param("parts", "IDENTITY").param("purpose", PURPOSE))
				.andReturn();
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
			assertThat(refused.getResponse().getContentAsString()).doesNotContain("%PDF");
			assertThat(jdbc.queryForObject("select count(*) from mnr_audit where action = 'PRINT' and actor_id = ?",
					Long.class, stranger.userId()))
				.isZero();
		}
		assertThat(status(get("/mnr/dossiers/MNR-2026-POR-D99999/impression").with(as(owner)))).isEqualTo(404);
	}

	@Test
	void withoutAPartOrAPurposeNothingIsPrintedAndTheFormSaysWhy() throws Exception {
		MvcResult refused = mvc.perform(print(owner).param("purpose", "")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("Choisissez au moins une partie", "Indiquez le destinataire");
		assertThat(html(mvc.perform(print(owner).param("parts", "NOTES").param("purpose", PURPOSE)).andReturn()))
			.contains("Cochez les notes à imprimer");
	}

	// ---- helpers

	private MockHttpServletRequestBuilder print(Caseworker who) {
		return post("/mnr/dossiers/" + code + "/impression").with(as(who)).with(csrf());
	}

	private String openChildCase(String firstName, String secondName) throws Exception {
		Person child = Person.named(firstName, secondName).born(LocalDate.now().minusYears(14).toString());
		return new TestCases(mvc, jdbc, events, transactions).open(owner, child, false, true).caseCode();
	}

	private void note(String text) throws Exception {
		mvc.perform(post("/mnr/dossiers/" + code + "/notes").with(as(owner)).with(csrf()).param("text", text));
	}

	/** The reference of the note whose page line starts with these words. */
	private String noteRef(String start) throws Exception {
		String page = html(mvc.perform(get("/mnr/dossiers/" + code + "/impression").with(as(owner))).andReturn());
		int at = page.indexOf(start);
		String before = page.substring(0, at);
		String ref = before
			.substring(before.lastIndexOf("name=\"notes\" value=\"") + "name=\"notes\" value=\"".length());
		return ref.substring(0, ref.indexOf('"'));
	}

	private static String text(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Africa/Abidjan"));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
