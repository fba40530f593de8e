package org.cohesion.portal.news;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleRevisionRepository;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.editorial.ArticleAnnouncer;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.EditorialTestConfiguration.Announcements;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing and publishing through the back office, over HTTP, with a clock the test moves.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
class ArticleDeskTests {

	static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	Announcements announcements;

	@Autowired
	ArticleAnnouncer announcer;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleRevisionRepository revisions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	Section section;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	RequestPostProcessor awa;

	RequestPostProcessor yao;

	RequestPostProcessor editor;

	RequestPostProcessor otherEditor;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		announcements.clear();
		section = fixtures.section("Solidarité");
		awa = signedIn("awa.kone@ministere.example", "Awa Koné", EditorialRole.REDACTEUR);
		yao = signedIn("yao.kouassi@ministere.example", "Yao Kouassi", EditorialRole.REDACTEUR);
		editor = signedIn("mariam.traore@ministere.example", "Mariam Traoré", EditorialRole.EDITEUR);
		otherEditor = signedIn("jean.yapi@ministere.example", "Jean Yapi", EditorialRole.ADMINISTRATEUR);
	}

	@Test
	void writerSubmitsEditorSchedulesArticleAppearsOnTimeAndIsAnnouncedOnce() throws Exception {
		long id = create(awa, "Caravane de la solidarité à Korhogo", "<p>Le Ministère arrive à Korhogo.</p>");
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article(id).getAuthorName()).isEqualTo("Awa Koné");

		mvc.perform(post("/admin/actualites/" + id + "/soumettre").with(awa).with(csrf()))
			.andExpect(redirectedUrl("/admin/actualites/" + id));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.SUBMITTED);

		Instant at = clock.instant().plus(Duration.ofHours(2));
		mvc.perform(post("/admin/actualites/" + id + "/publier").with(editor)
			.with(csrf())
			.param("quand", "programmer")
			.param("date", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(ABIDJAN))))
			.andExpect(redirectedUrl("/admin/actualites/" + id));
		Article scheduled = article(id);
		assertThat(scheduled.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(scheduled.getPublishedAt()).isEqualTo(at);

		mvc.perform(get("/actualites/" + scheduled.getSlug())).andExpect(status().isNotFound());
		assertThat(announcer.announceDue()).isZero();
		assertThat(announcements.of(id)).isEmpty();

		clock.advance(Duration.ofHours(2).plusMinutes(1));
		mvc.perform(get("/actualites/" + scheduled.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Caravane de la solidarité à Korhogo")));

		assertThat(announcer.announceDue()).isEqualTo(1);
		assertThat(announcer.announceDue()).isZero(); // the job runs again (or after a
														// restart)
		assertThat(announcer.announce(id)).isFalse(); // another node finds it claimed
		assertThat(announcements.of(id)).singleElement()
			.satisfies(event -> assertThat(event)
				.isEqualTo(new ArticlePublished(id, scheduled.getSlug(), "Caravane de la solidarité à Korhogo", at)));
	}

	@Test
	void twoNodesRunningTheJobAtOnceAnnounceOnlyOnce() throws Exception {
		Article article = fixtures.article("Distribution de kits à Man").in(section).draft().save();
		long id = article.getId();
		mvc.perform(post("/admin/actualites/" + id + "/publier").with(editor)
			.with(csrf())
			.param("quand", "programmer")
			.param("date",
					DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
						.format(clock.instant().plus(Duration.ofMinutes(30)).atZone(ABIDJAN))))
			.andExpect(status().is3xxRedirection());
		clock.advance(Duration.ofHours(1));

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = announcer::announceDue;
			List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
			assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(announcements.of(id)).hasSize(1);
	}

	@Test
	void editorMovesAScheduledPublicationAndItIsAnnouncedOnceAtTheNewTime() throws Exception {
		long id = fixtures.article("Conférence nationale").in(section).draft().save().getId();
		mvc.perform(schedule(id, clock.instant().plus(Duration.ofHours(3)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/actualites/" + id).with(editor))
			.andExpect(content().string(containsString("/admin/actualites/" + id + "/publier")));
		mvc.perform(schedule(id, clock.instant().plus(Duration.ofHours(1)))).andExpect(status().is3xxRedirection());

		clock.advance(Duration.ofMinutes(61));
		assertThat(announcer.announceDue()).isEqualTo(1);
		assertThat(announcements.of(id)).singleElement()
			.satisfies(event -> assertThat(event.publishedAt()).isEqualTo(article(id).getPublishedAt()));
		clock.advance(Duration.ofHours(3));
		assertThat(announcer.announceDue()).isZero();
	}

	private MockHttpServletRequestBuilder schedule(long id, Instant at) {
		return post("/admin/actualites/" + id + "/publier").with(editor)
			.with(csrf())
			.param("quand", "programmer")
			.param("date", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(ABIDJAN)));
	}

	@Test
	void publishingNowAnnouncesImmediately() throws Exception {
		long id = create(editor, "Journée de la femme rurale", "<p>Célébration à Bouaké.</p>");
		mvc.perform(post("/admin/actualites/" + id + "/publier").with(editor).with(csrf()).param("quand", "maintenant"))
			.andExpect(redirectedUrl("/admin/actualites/" + id))
			.andExpect(flash().attribute("notice", "L’actualité est publiée."));
		assertThat(announcements.of(id)).hasSize(1);
		assertThat(announcer.announceDue()).isZero();
		mvc.perform(get("/actualites/" + article(id).getSlug())).andExpect(status().isOk());
	}

	@Test
	void writerCannotPublishAndIsNotOfferedTo() throws Exception {
		long id = create(awa, "Atelier sur la cohésion sociale", "<p>Texte.</p>");
		mvc.perform(get("/admin/actualites/" + id).with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/soumettre"), not(containsString("/publier")))));

		mvc.perform(post("/admin/actualites/" + id + "/publier").with(awa).with(csrf()).param("quand", "maintenant"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/actualites/" + id + "/archiver").with(awa).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(announcements.of(id)).isEmpty();
	}

	@Test
	void writerCannotEditSomeoneElsesArticleNorTheirOwnOnceSubmitted() throws Exception {
		long yaos = create(yao, "Le texte de Yao", "<p>Texte de Yao.</p>");
		long version = article(yaos).getVersion();
		mvc.perform(save(yaos, version, "Réécrit par Awa", "<p>Autre texte.</p>").with(awa))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/actualites/" + yaos + "/soumettre").with(awa).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(article(yaos).getTitle()).isEqualTo("Le texte de Yao");
		assertThat(article(yaos).getStatus()).isEqualTo(ArticleStatus.DRAFT);

		mvc.perform(get("/admin/actualites/" + yaos).with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fieldset class=\"form__fieldset\" disabled")));

		long awas = create(awa, "Le texte d’Awa", "<p>Texte d’Awa.</p>");
		mvc.perform(post("/admin/actualites/" + awas + "/soumettre").with(awa).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(save(awas, article(awas).getVersion(), "Modifié après soumission", "<p>Texte.</p>").with(awa))
			.andExpect(status().isForbidden());
		assertThat(article(awas).getTitle()).isEqualTo("Le texte d’Awa");
	}

	@Test
	void hostileBodyIsSanitisedBeforeItIsStoredOrShown() throws Exception {
		String hostile = "<p style=\"color:red\" class=\"MsoNormal\" onclick=\"steal()\">Bonjour</p>"
				+ "<script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\">"
				+ "<a href=\"javascript:alert(2)\">lien piégé</a><a href=\"https://www.gouv.ci\">lien sûr</a>";
		long id = create(awa, "Un texte collé depuis ailleurs", hostile);
		String body = article(id).getBody();
		assertThat(body).contains("Bonjour", "lien piégé", "https://www.gouv.ci")
			.doesNotContain("<script", "alert(", "onerror", "onclick", "javascript:", "style=", "class=");
		mvc.perform(get("/admin/actualites/" + id + "/apercu").with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bonjour"), not(containsString("onerror")),
					not(containsString("javascript:")), not(containsString("steal()")))));
	}

	@Test
	void secondSaveOfTheSameVersionIsRefusedWithTheWritersTextKept() throws Exception {
		long id = create(editor, "Rapport annuel", "<p>Version initiale.</p>");
		long opened = article(id).getVersion();

		mvc.perform(save(id, opened, "Rapport annuel 2026", "<p>Version de Mariam.</p>").with(editor))
			.andExpect(redirectedUrl("/admin/actualites/" + id));
		mvc.perform(save(id, opened, "Rapport annuel (Jean)", "<p>Version de Jean, longuement travaillée.</p>")
			.with(otherEditor))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(
					containsString("Cet article a été modifié par Mariam Traoré pendant que vous le modifiiez"),
					containsString("Rapport annuel (Jean)"), containsString("Version de Jean, longuement travaillée."),
					containsString("href=\"/admin/actualites/" + id + "/apercu\""),
					containsString("name=\"version\" value=\"" + article(id).getVersion() + "\""))));

		Article stored = article(id);
		assertThat(stored.getTitle()).isEqualTo("Rapport annuel 2026");
		assertThat(stored.getBody()).contains("Version de Mariam.");
	}

	@Test
	void everySaveKeepsARevisionThatCanBeComparedAndRestored() throws Exception {
		long id = create(awa, "Forum des jeunes", "<p>Le forum réunit des jeunes de Daloa.</p>");
		mvc.perform(save(id, article(id).getVersion(), "Forum des jeunes leaders",
				"<p>Le forum réunit des jeunes leaders de Daloa et de Gagnoa.</p>")
			.with(awa)).andExpect(status().is3xxRedirection());
		assertThat(revisions.findByArticleIdOrderByNumberDesc(id)).extracting(r -> r.getNumber(), r -> r.getTitle())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Forum des jeunes leaders"),
					org.assertj.core.groups.Tuple.tuple(1, "Forum des jeunes"));

		mvc.perform(get("/admin/actualites/" + id + "/revisions").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Awa Koné"), containsString("/revisions/1"))));
		mvc.perform(get("/admin/actualites/" + id + "/revisions/1").with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Forum des jeunes <ins>leaders</ins>"), containsString(
					"des jeunes <ins>leaders</ins> de <del>Daloa.</del> <ins>Daloa et de Gagnoa.</ins>"))));

		mvc.perform(post("/admin/actualites/" + id + "/revisions/1/restaurer").with(awa).with(csrf()))
			.andExpect(redirectedUrl("/admin/actualites/" + id));
		assertThat(article(id).getTitle()).isEqualTo("Forum des jeunes");
		assertThat(article(id).getBody()).contains("jeunes de Daloa.");
		assertThat(revisions.findByArticleIdOrderByNumberDesc(id)).hasSize(3);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ARTICLE_RESTORED' "
						+ "and target_id = ? and before_state = 'Forum des jeunes leaders'",
				Long.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void previewShowsAnyArticleWithThePublicLayoutAndABanner() throws Exception {
		long id = create(awa, "Brouillon à relire", "<p>Texte <strong>provisoire</strong>.</p>");
		mvc.perform(get("/admin/actualites/" + id + "/apercu").with(awa))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<header class=\"site-header\""),
					containsString("<h1 class=\"article__title\">Brouillon à relire</h1>"),
					containsString("class=\"preview-banner\""), containsString("<strong>provisoire</strong>"))));
		mvc.perform(get("/actualites/" + article(id).getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/actualites/" + article(id).getSlug() + "/apercu")).andExpect(status().isNotFound());
	}

	@Test
	void seoTitleAndDescriptionReplaceTitleAndStandfirstInThePageHead() throws Exception {
		long id = create(editor, "Un titre éditorial assez long", "<p>Texte.</p>");
		mvc.perform(save(id, article(id).getVersion(), "Un titre éditorial assez long", "<p>Texte.</p>")
			.param("seoTitle", "Titre court")
			.param("seoDescription", "Description pour les moteurs.")
			.with(editor)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/actualites/" + id + "/apercu").with(editor))
			.andExpect(content().string(allOf(containsString("<title>Titre court – "),
					containsString("<meta name=\"description\" content=\"Description pour les moteurs.\">"))));
	}

	@Test
	void actionTheStateDoesNotAllowIsRefusedInFrenchAndChangesNothing() throws Exception {
		long id = create(editor, "Note de service", "<p>Texte.</p>");
		mvc.perform(post("/admin/actualites/" + id + "/archiver").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/actualites/" + id))
			.andExpect(flash().attribute("alert",
					"Cette action n’est pas possible\u00a0: l’actualité est à l’état «\u00a0Brouillon\u00a0» et ne peut "
							+ "pas passer à l’état «\u00a0Archivée\u00a0». Rien n’a été modifié."));
		assertThat(article(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void invalidFormIsShownAgainWithFrenchMessagesAndTheTextKept() throws Exception {
		mvc.perform(post("/admin/actualites/nouvelle").with(awa)
			.with(csrf())
			.param("title", " ")
			.param("standfirst", "Un chapô.")
			.param("body", "<p>Un texte à ne pas perdre.</p>")
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Indiquez un titre."),
					containsString("Un texte à ne pas perdre."), containsString("Un chapô."))));
		assertThat(articles.count()).isZero();
	}

	@Test
	void listFiltersByStatusAuthorAndTitleAndCountsEachStatus() throws Exception {
		create(awa, "Premier brouillon d’Awa", "<p>Texte.</p>");
		long submitted = create(awa, "Texte soumis d’Awa", "<p>Texte.</p>");
		mvc.perform(post("/admin/actualites/" + submitted + "/soumettre").with(awa).with(csrf()));
		create(yao, "Brouillon de Yao", "<p>Texte.</p>");

		mvc.perform(get("/admin/actualites").with(awa))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Premier brouillon d’Awa"), containsString("Brouillon de Yao"),
						containsString("Brouillon <span class=\"chip__count\">2</span>"),
						containsString("Soumise <span class=\"chip__count\">1</span>"))));
		mvc.perform(get("/admin/actualites").param("statut", "submitted").with(awa))
			.andExpect(content()
				.string(allOf(containsString("Texte soumis d’Awa"), not(containsString("Premier brouillon d’Awa")))));
		mvc.perform(get("/admin/actualites").param("q", "YAO").with(awa))
			.andExpect(content()
				.string(allOf(containsString("Brouillon de Yao"), not(containsString("Premier brouillon d’Awa")))));
		long yaoId = accounts.findByEmail("yao.kouassi@ministere.example").orElseThrow().getId();
		mvc.perform(get("/admin/actualites").param("auteur", String.valueOf(yaoId)).with(awa))
			.andExpect(content()
				.string(allOf(containsString("Brouillon de Yao"), not(containsString("Texte soumis d’Awa")))));
	}

	@Test
	void tagsTypedInTheEditorAreCleanedAndShownOnThePublicPage() throws Exception {
		mvc.perform(post("/admin/actualites/nouvelle").with(editor)
			.with(csrf())
			.param("title", "Des kits pour les sinistrés de Man")
			.param("standfirst", "Une distribution d’urgence.")
			.param("body", "<p>Texte.</p>")
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr")
			.param("tags", " inondations ,Man;  kits   d’urgence, Inondations, ,"))
			.andExpect(status().is3xxRedirection());
		Article article = articles.findAll().get(0);
		java.util.List<String> tags = transactions
			.execute(status -> articles.findById(article.getId()).orElseThrow().getTags());
		assertThat(tags).containsExactly("inondations", "kits d’urgence", "Man");

		mvc.perform(post("/admin/actualites/" + article.getId() + "/publier").with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/actualites/des-kits-pour-les-sinistres-de-man"))
			.andExpect(content().string(containsString("<span class=\"tag\">kits d’urgence</span>")));
	}

	private long create(RequestPostProcessor who, String title, String body) throws Exception {
		String location = mvc
			.perform(post("/admin/actualites/nouvelle").with(who)
				.with(csrf())
				.param("title", title)
				.param("standfirst", "Chapô de « " + title + " ».")
				.param("body", body)
				.param("sectionId", String.valueOf(section.getId()))
				.param("language", "fr"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/actualites/");
		return Long.parseLong(location.substring("/admin/actualites/".length()));
	}

	private MockHttpServletRequestBuilder save(long id, long version, String title, String body) {
		return post("/admin/actualites/" + id).with(csrf())
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
