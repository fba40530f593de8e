package org.cohesion.portal.i18n;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static pages in English: translated in the back office, served under /en, or French
 * with a notice.
 */
@IntegrationTest
class PageTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PageRepository pages;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal editor;

	Page ministry;

	Page contacts;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		editor = fixtures.editor(EditorialRole.EDITEUR);
		ministry = fixtures.page("le-ministere", "Le Ministère", "<p>Le Ministère de la Solidarité.</p>", 1);
		contacts = fixtures.page("contacts", "Contacts", "<p>Écrivez-nous.</p>", 2);
	}

	@Test
	void translatedPageIsServedInEnglishWithEnglishNavigationAndAlternates() throws Exception {
		translateMinistry("The Ministry", "-1")
			.andExpect(redirectedUrl("/admin/pages/" + ministry.getId() + "/traductions/en"));

		String html = mvc.perform(get("/en/the-ministry"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"en\">")
			.contains("<h1 class=\"page-title\">The Ministry</h1>")
			.contains("<article class=\"static-page\" lang=\"en\">")
			// the navigation's entry for the ministry, in English
			.contains("<a href=\"/en/the-ministry\" aria-current=\"page\">The Ministry</a>")
			.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://portail.example/le-ministere\">")
			.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://portail.example/en/the-ministry\">")
			.contains("<link rel=\"canonical\" href=\"https://portail.example/en/the-ministry\">")
			.doesNotContain("<script>alert");
		mvc.perform(get("/en/le-ministere"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/en/the-ministry"));
		mvc.perform(get("/le-ministere"))
			.andExpect(content()
				.string(containsString("<a href=\"/en/the-ministry\" hreflang=\"en\" lang=\"en\">English</a>")));
	}

	@Test
	void untranslatedPageFallsBackToFrenchWithANotice() throws Exception {
		mvc.perform(get("/en/contacts"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"This page is not yet available in English. Here is the original version, in French.")))
			.andExpect(content().string(containsString("<article class=\"static-page\" lang=\"fr\">")))
			.andExpect(content()
				.string(containsString("<link rel=\"canonical\" href=\"https://portail.example/contacts\">")))
			.andExpect(content().string(not(containsString("hreflang=\"en\" href="))));
	}

	@Test
	void editingTheOriginalMakesTheTranslationOutOfDateUntilReviewed() throws Exception {
		translateMinistry("The Ministry", "-1");
		mvc.perform(get("/admin/pages").with(user(editor)))
			.andExpect(content().string(containsString("badge--translation-current")));

		Page current = pages.findById(ministry.getId()).orElseThrow();
		mvc.perform(post("/admin/pages/" + ministry.getId()).with(user(editor))
			.with(csrf())
			.param("title", "Le Ministère")
			.param("slug", "le-ministere")
			.param("summary", current.getSummary())
			.param("body", "<p>Le Ministère de la Solidarité et de la Cohésion sociale.</p>")
			.param("version", String.valueOf(current.getVersion()))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin/pages").with(user(editor)))
			.andExpect(content().string(containsString("badge--translation-outdated")));
		mvc.perform(get("/admin/pages/" + ministry.getId() + "/traductions/en").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À revoir (l’original a changé)")))
			.andExpect(content().string(containsString("Le Ministère de la Solidarité.")));

		long version = jdbc.queryForObject("select version from site_page_translation", Long.class);
		translateMinistry("The Ministry", String.valueOf(version));
		mvc.perform(get("/admin/pages").with(user(editor)))
			.andExpect(content().string(containsString("badge--translation-current")));
	}

	@Test
	void staleTranslationFormIsRefused() throws Exception {
		translateMinistry("The Ministry", "-1");
		translateMinistry("The Ministry, again", "-1").andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select title from site_page_translation", String.class))
			.isEqualTo("The Ministry");
	}

	private org.springframework.test.web.servlet.ResultActions translateMinistry(String title, String version)
			throws Exception {
		return mvc.perform(post("/admin/pages/" + ministry.getId() + "/traductions/en").with(user(editor))
			.with(csrf())
			.param("title", title)
			.param("summary", "Who we are.")
			.param("body", "<p>The Ministry of Solidarity.</p><script>alert('x')</script>")
			.param("version", version));
	}

}
