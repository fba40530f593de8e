package org.cohesion.portal.news;

import java.time.Duration;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleRevisionRepository;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's workflow buttons carry the form: what was typed is saved with the action,
 * or nothing happens and the text is shown again; drafts are autosaved in one slot per
 * editor and article, offered back until saved or ignored.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
class EditorWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleRevisionRepository revisions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	Section section;

	RequestPostProcessor awa;

	RequestPostProcessor yao;

	RequestPostProcessor editor;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		section = fixtures.section("Solidarité");
		awa = signedIn("awa.kone@ministere.example", "Awa Koné", EditorialRole.REDACTEUR);
		yao = signedIn("yao.kouassi@ministere.example", "Yao Kouassi", EditorialRole.REDACTEUR);
		editor = signedIn("mariam.traore@ministere.example", "Mariam Traoré", EditorialRole.EDITEUR);
	}

	@Test
	void publishingFromTheEditorPublishesTheTextJustTypedNotTheStoredOne() throws Exception {
		long id = create(editor, "Titre provisoire", "<p>Ancien texte.</p>");
		int revisionsBefore = revisions.findByArticleIdOrderByNumberDesc(id).size();

		mvc.perform(form(post("/admin/actualites/" + id + "/publier"), id, "Titre définitif", "<p>Texte corrigé.</p>")
			.with(editor)
			.param("quand", "maintenant")).andExpect(redirectedUrl("/admin/actualites/" + id));

		Article published = article(id);
		assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.getTitle()).isEqualTo("Titre définitif");
		assertThat(published.getBody()).isEqualTo("<p>Texte corrigé.</p>");
		assertThat(revisions.findByArticleIdOrderByNumberDesc(id)).hasSize(revisionsBefore + 1);
		mvc.perform(get("/actualites/" + published.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Texte corrigé.")));
	}

	@Test
	void submittingWithoutChangesKeepsNoExtraRevision() throws Exception {
		long id = create(awa, "Caravane à Korhogo", "<p>Texte.</p>");
		int revisionsBefore = revisions.findByArticleIdOrderByNumberDesc(id).size();
		mvc.perform(form(post("/admin/actualites/" + id + "/soumettre"), id, "Caravane à Korhogo", "<p>Texte.</p>")
			.with(awa)).andExpect(redirectedUrl("/admin/actualites/" + id));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.SUBMITTED);
		assertThat(revisions.findByArticleIdOrderByNumberDesc(id)).hasSize(revisionsBefore);
	}

	@Test
	void aWorkflowButtonWithAnInvalidFormDoesNothingAndShowsTheTextAgain() throws Exception {
		long id = create(editor, "Rapport trimestriel", "<p>Texte.</p>");
		mvc.perform(
				form(post("/admin/actualites/" + id + "/publier"), id, "", "<p>Paragraphe tout neuf.</p>").with(editor))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(allOf(containsString("Paragraphe tout neuf."),
					containsString("Rien n’a été fait\u00a0: corrigez d’abord les erreurs"))));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article(id).getBody()).isEqualTo("<p>Texte.</p>");
	}

	@Test
	void aWorkflowButtonOnAPageOpenedBeforeSomeoneElseSavedIsAConflictThatKeepsTheText() throws Exception {
		long id = create(editor, "Rapport annuel", "<p>Version initiale.</p>");
		Long opened = article(id).getVersion();
		mvc.perform(form(post("/admin/actualites/" + id), id, "Rapport annuel", "<p>Version d’un collègue.</p>")
			.with(editor));
		mvc.perform(form(post("/admin/actualites/" + id + "/publier"), opened, "Rapport annuel", "<p>Ma version.</p>")
			.with(editor)).andExpect(status().isConflict()).andExpect(content().string(containsString("Ma version.")));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article(id).getBody()).isEqualTo("<p>Version d’un collègue.</p>");
	}

	@Test
	void aScheduleDateInThePastIsRefusedWithTheTextKept() throws Exception {
		long id = create(editor, "Journée de l’enfant", "<p>Texte.</p>");
		mvc.perform(form(post("/admin/actualites/" + id + "/publier"), id, "Journée de l’enfant", "<p>Texte revu.</p>")
			.param("quand", "programmer")
			.param("date", "2001-01-01T10:00")
			.with(editor))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Texte revu.")));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void theSchedulingFieldNamesTheSiteTimeZoneAsPeopleSayIt() throws Exception {
		long id = create(editor, "Forum des ONG", "<p>Texte.</p>");
		mvc.perform(get("/admin/actualites/" + id).with(editor))
			.andExpect(content().string(allOf(containsString("Date et heure de publication, heure d’Abidjan (GMT)"),
					not(containsString("Africa/Abidjan")))));
	}

	@Test
	void autosaveKeepsOneSlotPerEditorOfferedBackUntilSavedOrIgnored() throws Exception {
		long id = create(awa, "Aide aux sinistrés", "<p>Texte saisi.</p>");
		clock.advance(Duration.ofMinutes(1));
		autosave(id, awa, "<p>Premier jet.</p>").andExpect(status().isNoContent());
		clock.advance(Duration.ofMinutes(1));
		autosave(id, awa, "<p>Second jet <script>x()</script>.</p>").andExpect(status().isNoContent());
		assertThat(
				jdbc.queryForObject("select count(*) from news_article_autosave where article_id = ?", Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select body from news_article_autosave where article_id = ?", String.class, id))
			.isEqualTo("<p>Second jet .</p>");

		mvc.perform(get("/admin/actualites/" + id).with(awa))
			.andExpect(content().string(allOf(containsString("Une version enregistrée automatiquement le"),
					containsString("?autosave=restaurer"), not(containsString("Second jet")))));
		mvc.perform(get("/admin/actualites/" + id).param("autosave", "restaurer").with(awa))
			.andExpect(content().string(allOf(containsString("Second jet"),
					containsString("est dans le formulaire\u00a0: enregistrez pour le garder"))));
		assertThat(article(id).getBody()).isEqualTo("<p>Texte saisi.</p>");

		// someone else's draft: neither their autosave nor the offer
		autosave(id, yao, "<p>Intrus.</p>").andExpect(status().isForbidden());
		mvc.perform(get("/admin/actualites/" + id).with(editor))
			.andExpect(content().string(not(containsString("Une version enregistrée automatiquement"))));

		// saving empties the slot
		mvc.perform(form(post("/admin/actualites/" + id), id, "Aide aux sinistrés", "<p>Second jet.</p>").with(awa))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.queryForObject("select count(*) from news_article_autosave where article_id = ?", Long.class, id))
			.isZero();

		clock.advance(Duration.ofMinutes(1));
		autosave(id, awa, "<p>Troisième jet.</p>").andExpect(status().isNoContent());
		mvc.perform(post("/admin/actualites/" + id + "/autosave/ignorer").with(awa).with(csrf()))
			.andExpect(redirectedUrl("/admin/actualites/" + id));
		mvc.perform(get("/admin/actualites/" + id).with(awa))
			.andExpect(content().string(not(containsString("Une version enregistrée automatiquement"))));
	}

	private org.springframework.test.web.servlet.ResultActions autosave(long id, RequestPostProcessor who, String body)
			throws Exception {
		return mvc.perform(post("/admin/actualites/" + id + "/autosave").with(who)
			.with(csrf())
			.param("title", "Aide aux sinistrés")
			.param("standfirst", "Chapô.")
			.param("body", body));
	}

	private long create(RequestPostProcessor who, String title, String body) throws Exception {
		String location = mvc
			.perform(post("/admin/actualites/nouvelle").with(who)
				.with(csrf())
				.param("title", title)
				.param("standfirst", "Chapô.")
				.param("body", body)
				.param("sectionId", String.valueOf(section.getId()))
				.param("language", "fr"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/admin/actualites/".length()));
	}

	/** What the editor's form sends with a button: every field of the article. */
	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long id, String title,
			String body) {
		return form(request, Long.valueOf(article(id).getVersion()), title, body);
	}

	/** The same, from a page opened at {@code version}. */
	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Long version, String title,
			String body) {
		return request.with(csrf())
			.param("title", title)
			.param("standfirst", "Chapô.")
			.param("body", body)
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr")
			.param("version", String.valueOf(version));
	}

	private Article article(long id) {
		return articles.findById(id).orElseThrow();
	}

	private RequestPostProcessor signedIn(String email, String name, EditorialRole role) {
		UserAccount account = accounts.findByEmail(email)
			.orElseGet(() -> accounts.save(new UserAccount(email, name, role, clock)));
		return user(fixtures.principal(account));
	}

}
