package org.cohesion.portal.newsletter;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's view of the list: import with the source of consent, search,
 * export.
 */
@IntegrationTest
class SubscriberAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SubscriberRepository subscribers;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal admin;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		jdbc.update("delete from newsletter_subscriber");
		fixtures.section("Solidarité");
		admin = fixtures.editor(EditorialRole.ADMINISTRATEUR);
	}

	@Test
	void aFileWithOneBadLineImportsNothingAndSaysWhichLine() throws Exception {
		mvc.perform(multipart("/admin/abonnes/import").file(csv("email\nawa@example.ci\npas-une-adresse\n"))
			.param("source", "Forum de Bouaké, mars 2026")
			.with(user(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ligne 3")))
			.andExpect(content().string(containsString("Rien n’a été importé")));
		assertThat(subscribers.count()).isZero();
		mvc.perform(multipart("/admin/abonnes/import").file(csv("awa@example.ci\n"))
			.param("source", "")
			.with(user(admin))
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(subscribers.count()).isZero();
	}

	@Test
	void importedAddressesAreActiveWithTheirSourceOfConsentAndAreExported() throws Exception {
		subscribers
			.save(Subscriber.pending("deja@example.ci", List.of(), "formulaire du site", fixtures.clock().instant()));
		mvc.perform(multipart("/admin/abonnes/import")
			.file(csv("email,rubriques\nAwa@Example.ci,solidarite\nkoffi@example.ci\ndeja@example.ci\n"))
			.param("source", "Forum de Bouaké, mars 2026")
			.with(user(admin))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Subscriber awa = subscribers.findByEmail("awa@example.ci").orElseThrow();
		assertThat(awa.getStatus()).isEqualTo(SubscriberStatus.ACTIVE);
		assertThat(awa.interestSet()).containsExactly("solidarite");
		assertThat(awa.getSource()).isEqualTo("import : Forum de Bouaké, mars 2026");
		assertThat(jdbc.queryForObject("select wording from newsletter_consent where subscriber_id = ?", String.class,
				awa.getId()))
			.contains("Forum de Bouaké");
		assertThat(subscribers.findByEmail("deja@example.ci").orElseThrow().getStatus())
			.as("known addresses are left as they are")
			.isEqualTo(SubscriberStatus.PENDING);

		mvc.perform(get("/admin/abonnes").param("q", "koffi").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("koffi@example.ci")))
			.andExpect(content().string(not(containsString("awa@example.ci"))));
		String export = mvc.perform(get("/admin/abonnes/export.csv").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(export.replace("\uFEFF", "")))
			.getRecords();
		assertThat(rows).extracting(row -> row.get("email") + " " + row.get("statut") + " " + row.get("rubriques"))
			.contains("awa@example.ci ACTIVE solidarite", "koffi@example.ci ACTIVE ", "deja@example.ci PENDING ");
	}

	@Test
	void aSpreadsheetsSemicolonFileIsReadAndFormulasAreNeutralisedOnExport() throws Exception {
		mvc.perform(multipart("/admin/abonnes/import")
			.file(csv("\uFEFFemail;rubriques\r\n\"=1+2@example.ci\";solidarite\r\n-moussa@example.ci;\r\n"))
			.param("source", "Liste papier, salon de Yamoussoukro")
			.with(user(admin))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(subscribers.findByEmail("=1+2@example.ci").orElseThrow().interestSet())
			.containsExactly("solidarite");
		assertThat(subscribers.findByEmail("-moussa@example.ci")).isPresent();
		String export = mvc.perform(get("/admin/abonnes/export.csv").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).startsWith("\uFEFFemail,statut,rubriques,source,")
			.contains("'=1+2@example.ci,ACTIVE,solidarite")
			.contains("'-moussa@example.ci,ACTIVE")
			.doesNotContain("\n=")
			.doesNotContain("\n-");
	}

	@Test
	void aFileWithAnUnclosedQuoteIsRefusedInFrench() throws Exception {
		mvc.perform(multipart("/admin/abonnes/import").file(csv("email\n\"awa@example.ci\nkoffi@example.ci\n"))
			.param("source", "Forum de Bouaké, mars 2026")
			.with(user(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Rien n’a été importé")));
		assertThat(subscribers.count()).isZero();
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("fichier", "abonnes.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
