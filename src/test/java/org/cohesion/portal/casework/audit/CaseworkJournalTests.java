package org.cohesion.portal.casework.audit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The auditeur's journal names what was done and who did it in words: the action filter
 * offers every {@link AuditAction} by its label (French, and English in the English
 * bundle), never an enum constant, and narrows the entries to that action.
 */
@IntegrationTest
class CaseworkJournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyActionHasAFrenchAndAnEnglishLabel() {
		for (AuditAction action : AuditAction.values()) {
			String key = "mnr.audit.action." + action.name();
			String french = messages.getMessage(key, null, Locale.FRENCH);
			String english = messages.getMessage(key, null, Locale.ENGLISH);
			assertThat(french).as(key).isNotBlank().isNotEqualTo(action.name());
			assertThat(english).as(key).isNotBlank().isNotEqualTo(action.name());
		}
	}

	@Test
	void theFilterOffersEveryActionByItsFrenchLabelAndNarrowsTheEntries() throws Exception {
		CaseworkStaff staff = new CaseworkStaff(jdbc);
		Caseworker worker = staff.user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		Caseworker auditor = staff.user(CaseworkRole.AUDITEUR, "DLTP");
		assertThat(status(get("/mnr/tableau-de-bord").with(as(worker)))).isEqualTo(200);
		assertThat(status(get("/mnr/dossiers").with(as(worker)))).isEqualTo(200);

		String page = html(get("/mnr/journal").with(as(auditor)));
		assertThat(page).contains("<option value=\"\">Toutes les actions</option>");
		for (AuditAction action : AuditAction.values()) {
			String label = messages.getMessage("mnr.audit.action." + action.name(), null, Locale.FRENCH);
			assertThat(page).contains("<option value=\"" + action.name() + "\">" + label + "</option>")
				.doesNotContain(">" + action.name() + "<");
		}

		String views = html(
				get("/mnr/journal").param("acteur", worker.username()).param("action", "VIEW").with(as(auditor)));
		String table = views.substring(views.indexOf("<tbody>"), views.indexOf("</tbody>"));
		assertThat(table).contains("<td>consultation</td>", "Gestionnaire de cas CR-POR")
			.doesNotContain("<td>liste</td>", "GESTIONNAIRE_CAS");
		assertThat(views).contains("<option value=\"VIEW\" selected>consultation</option>");
		String lists = html(
				get("/mnr/journal").param("acteur", worker.username()).param("action", "LIST").with(as(auditor)));
		assertThat(lists.substring(lists.indexOf("<tbody>"), lists.indexOf("</tbody>"))).contains("<td>liste</td>")
			.doesNotContain("<td>consultation</td>");
		assertThat(jdbc.queryForObject(
				"select count(*) from mnr_audit where action = 'AUDIT_READ' and actor = ?"
						+ " and detail like '%filtré (personne, dossier, action ou période)%'",
				Long.class, auditor.username()))
			.isEqualTo(2);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
