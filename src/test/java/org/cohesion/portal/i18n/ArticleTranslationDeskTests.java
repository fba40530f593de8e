package org.cohesion.portal.i18n;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Translating articles in the back office, over HTTP. */
@IntegrationTest
class ArticleTranslationDeskTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArticleRepository articles;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	Section section;

	RequestPostProcessor awa;

	RequestPostProcessor editor;

	Article published;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		section = fixtures.section("Solidarité");
		awa = signedIn("awa.kone@ministere.example", "Awa Koné", EditorialRole.REDACTEUR);
		editor = signedIn("mariam.traore@ministere.example", "Mariam Traoré", EditorialRole.EDITEUR);
		published = fixtures.article("Distribution de vivres aux ménages sinistrés")
			.in(section)
			.standfirst("Le Ministère a distribué des vivres à 300 ménages.")
			.body("<p>Les ménages sinistrés de Bouaké ont reçu du riz et de l’huile.</p>")
			.save();
	}

	@Test
	void editorTranslatesAPublishedArticleWhichIsOnlineAtOnceSanitisedAndAudited() throws Exception {
		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/en").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Original (Français)")))
			.andExpect(content().string(containsString("Les ménages sinistrés de Bouaké")))
			.andExpect(content().string(containsString("data-rich-editor")))
			.andExpect(content().string(containsString("À traduire")));

		saveTranslation(editor, "Food handed out to households hit by the floods", "-1")
			.andExpect(redirectedUrl("/admin/actualites/" + published.getId() + "/traductions/en"));

		mvc.perform(get("/en/actualites/food-handed-out-to-households-hit-by-the-floods"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rice and oil")))
			.andExpect(content().string(not(containsString("alert("))));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ARTICLE_TRANSLATED' and target_id = ?", Long.class,
				String.valueOf(published.getId())))
			.isEqualTo(1);
		mvc.perform(get("/admin/actualites").with(editor))
			.andExpect(content().string(containsString("badge--translation-current")));
		mvc.perform(get("/admin/actualites/" + published.getId()).with(editor))
			.andExpect(content().string(containsString("À jour")));
	}

	@Test
	void translationBecomesOutOfDateWhenTheOriginalTextChangesAndShowsWhatChanged() throws Exception {
		saveTranslation(editor, "Food handed out to households hit by the floods", "-1");
		// a change of state is not a change of text
		mvc.perform(post("/admin/actualites/" + published.getId() + "/depublier").with(editor).with(csrf()));
		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/en").with(editor))
			.andExpect(content().string(containsString("badge--translation-current")));

		Article current = articles.findById(published.getId()).orElseThrow();
		mvc.perform(post("/admin/actualites/" + published.getId()).with(editor)
			.with(csrf())
			.param("title", current.getTitle())
			.param("standfirst", current.getStandfirst())
			.param("body", "<p>Les ménages sinistrés de Bouaké et de Sakassou ont reçu du riz et de l’huile.</p>")
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr")
			.param("version", String.valueOf(current.getVersion()))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/en").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À revoir (l’original a changé)")))
			.andExpect(content().string(containsString("Sakassou</ins>")))
			.andExpect(content().string(containsString("Enregistrer la traduction revue")));
		mvc.perform(get("/admin/actualites").with(editor))
			.andExpect(content().string(containsString("badge--translation-outdated")));

		long version = translation().getVersion();
		saveTranslation(editor, "Food handed out to households hit by the floods", String.valueOf(version));
		assertThat(translation().isOutdated()).isFalse();
	}

	@Test
	void writerTranslatesOwnDraftButNotSomeoneElsesPublishedArticle() throws Exception {
		String location = mvc
			.perform(post("/admin/actualites/nouvelle").with(awa)
				.with(csrf())
				.param("title", "Caravane de la solidarité à Korhogo")
				.param("standfirst", "La caravane arrive.")
				.param("body", "<p>Texte.</p>")
				.param("sectionId", String.valueOf(section.getId()))
				.param("language", "fr"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(location + "/traductions/en").with(awa)
			.with(csrf())
			.param("title", "Solidarity caravan in Korhogo")
			.param("standfirst", "The caravan arrives.")
			.param("body", "<p>Text.</p>")
			.param("version", "-1")).andExpect(redirectedUrl(location + "/traductions/en"));

		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/en").with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<fieldset class=\"form__fieldset\" disabled>")));
		saveTranslation(awa, "Not mine to translate", "-1").andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from news_article_translation where title = ?", Long.class,
				"Not mine to translate"))
			.isZero();
	}

	@Test
	void incompleteTranslationIsShownAgainWithAFrenchMessageAndNothingSaved() throws Exception {
		mvc.perform(post("/admin/actualites/" + published.getId() + "/traductions/en").with(editor)
			.with(csrf())
			.param("title", "")
			.param("standfirst", "Kept standfirst.")
			.param("body", "<p>Kept body.</p>")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field--invalid")))
			.andExpect(content().string(containsString("Kept standfirst.")));
		assertThat(jdbc.queryForObject("select count(*) from news_article_translation", Long.class)).isZero();
	}

	@Test
	void savingOverSomeoneElsesNewerTranslationIsRefusedAndKeepsTheText() throws Exception {
		saveTranslation(editor, "First version", "-1");
		saveTranslation(editor, "My late version", "-1").andExpect(status().isConflict())
			.andExpect(content().string(containsString("My late version")));
		assertThat(translation().getTitle()).isEqualTo("First version");
	}

	@Test
	void unknownOrOwnLanguageIsNotFound() throws Exception {
		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/de").with(editor))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/actualites/" + published.getId() + "/traductions/fr").with(editor))
			.andExpect(status().isNotFound());
	}

	private ArticleTranslation translation() {
		return transactions.execute(status -> {
			ArticleTranslation t = articles.findById(published.getId()).orElseThrow().translation("en").orElseThrow();
			t.isOutdated();
			return t;
		});
	}

	private org.springframework.test.web.servlet.ResultActions saveTranslation(RequestPostProcessor who, String title,
			String version) throws Exception {
		return mvc.perform(post("/admin/actualites/" + published.getId() + "/traductions/en").with(who)
			.with(csrf())
			.param("title", title)
			.param("standfirst", "The Ministry handed out food to 300 households.")
			.param("body", "<p>Rice and oil for the households of Bouaké.</p><script>alert('x')</script>")
			.param("version", version));
	}

	private RequestPostProcessor signedIn(String email, String name, EditorialRole role) {
		UserAccount account = accounts.findByEmail(email)
			.orElseGet(() -> accounts.save(new UserAccount(email, name, role, fixtures.clock())));
		return user(fixtures.principal(account));
	}

}
