package org.cohesion.portal.backoffice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.site.SitePermissions;
import org.cohesion.portal.search.SearchPermissions;
import org.cohesion.portal.newsletter.NewsletterPermissions;
import org.cohesion.portal.news.NewsPermissions;
import org.cohesion.portal.media.MediaPermissions;
import org.cohesion.portal.flash.FlashPermissions;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.PermissionCatalogue;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every role against every back-office action: a role without the permission gets 403 and
 * nothing changes; a role with it is let through. The matrix under test is the one in
 * docs/SECURITY.md.
 */
@IntegrationTest
class PermissionMatrixTests {

	/**
	 * One back-office action: how to call it, the permission it needs, and the status a
	 * role holding it gets (a page: 200; a form handled: the redirect to the next page).
	 */
	record Action(String name, HttpMethod method, Function<Ids, String> path, Permission required,
			Map<String, String> params, int permitted) {

		Action(String name, HttpMethod method, Function<Ids, String> path, Permission required,
				Map<String, String> params) {
			this(name, method, path, required, params, method == HttpMethod.GET ? 200 : 302);
		}

		/** The same action, answered with {@code status} when permitted. */
		Action answering(int status) {
			return new Action(name, method, path, required, params, status);
		}

		@Override
		public String toString() {
			return method + " " + name;
		}

	}

	/** Identifiers of the fixtures an action may act upon. */
	record Ids(long flash, long section, long page, long account, long article) {
	}

	static final List<Action> ACTIONS = List.of(
			new Action("/admin", HttpMethod.GET, ids -> "/admin", Permission.BACKOFFICE_ACCESS, Map.of()),
			new Action("/admin/actualites", HttpMethod.GET, ids -> "/admin/actualites", NewsPermissions.ARTICLE_WRITE,
					Map.of()),
			new Action("/admin/actualites/nouvelle", HttpMethod.POST, ids -> "/admin/actualites/nouvelle",
					NewsPermissions.ARTICLE_WRITE,
					Map.of("title", "Une nouvelle actualité", "standfirst", "Chapô.", "body", "<p>Texte.</p>",
							"sectionId", "{section}", "language", "fr")),
			new Action("/admin/actualites/{id}/publier", HttpMethod.POST,
					ids -> "/admin/actualites/" + ids.article() + "/publier", NewsPermissions.ARTICLE_PUBLISH,
					Map.of()),
			new Action("/admin/actualites/{id}/depublier", HttpMethod.POST,
					ids -> "/admin/actualites/" + ids.article() + "/depublier", NewsPermissions.ARTICLE_PUBLISH,
					Map.of()),
			new Action("/admin/actualites/{id}/archiver", HttpMethod.POST,
					ids -> "/admin/actualites/" + ids.article() + "/archiver", NewsPermissions.ARTICLE_PUBLISH,
					Map.of()),
			new Action("/admin/flash-infos", HttpMethod.GET, ids -> "/admin/flash-infos", FlashPermissions.FLASH_MANAGE,
					Map.of()),
			new Action("/admin/flash-infos/nouveau", HttpMethod.POST, ids -> "/admin/flash-infos/nouveau",
					FlashPermissions.FLASH_MANAGE,
					Map.of("label", "Agenda", "text", "Réunion à Bouaké", "showFrom", "2026-01-05T09:00")),
			new Action("/admin/flash-infos/{id}", HttpMethod.POST, ids -> "/admin/flash-infos/" + ids.flash(),
					FlashPermissions.FLASH_MANAGE,
					Map.of("label", "Agenda", "text", "Texte modifié", "showFrom", "2026-01-05T09:00")),
			new Action("/admin/flash-infos/{id}/supprimer", HttpMethod.POST,
					ids -> "/admin/flash-infos/" + ids.flash() + "/supprimer", FlashPermissions.FLASH_MANAGE, Map.of()),
			new Action("/admin/rubriques", HttpMethod.GET, ids -> "/admin/rubriques", NewsPermissions.SECTION_MANAGE,
					Map.of()),
			new Action("/admin/rubriques/nouvelle", HttpMethod.POST, ids -> "/admin/rubriques/nouvelle",
					NewsPermissions.SECTION_MANAGE, Map.of("name", "Protection sociale", "description", "")),
			new Action("/admin/rubriques/{id}", HttpMethod.POST, ids -> "/admin/rubriques/" + ids.section(),
					NewsPermissions.SECTION_MANAGE, Map.of("name", "Solidarité nationale", "description", "")),
			new Action("/admin/rubriques/{id}/deplacer", HttpMethod.POST,
					ids -> "/admin/rubriques/" + ids.section() + "/deplacer", NewsPermissions.SECTION_MANAGE,
					Map.of("direction", "bas")),
			new Action("/admin/pages", HttpMethod.GET, ids -> "/admin/pages", SitePermissions.PAGE_MANAGE, Map.of()),
			new Action("/admin/pages/nouvelle", HttpMethod.POST, ids -> "/admin/pages/nouvelle",
					SitePermissions.PAGE_MANAGE,
					Map.of("title", "Organigramme", "slug", "", "summary", "Qui fait quoi.", "body", "<p>Texte</p>")),
			new Action("/admin/pages/{id}", HttpMethod.POST, ids -> "/admin/pages/" + ids.page(),
					SitePermissions.PAGE_MANAGE,
					Map.of("title", "Missions", "slug", "missions", "summary", "Résumé.", "body", "<p>Modifié</p>")),
			new Action("/admin/comptes", HttpMethod.GET, ids -> "/admin/comptes", Permission.ACCOUNT_MANAGE, Map.of()),
			new Action("/admin/comptes/invitation", HttpMethod.POST, ids -> "/admin/comptes/invitation",
					Permission.ACCOUNT_MANAGE,
					Map.of("email", "nouvelle@test.example", "displayName", "Nouvelle Recrue", "role", "REDACTEUR")),
			new Action("/admin/comptes/{id}/role", HttpMethod.POST, ids -> "/admin/comptes/" + ids.account() + "/role",
					Permission.ACCOUNT_MANAGE, Map.of("role", "EDITEUR")),
			new Action("/admin/comptes/{id}/desactiver", HttpMethod.POST,
					ids -> "/admin/comptes/" + ids.account() + "/desactiver", Permission.ACCOUNT_MANAGE, Map.of()),
			new Action("/admin/courriels", HttpMethod.GET, ids -> "/admin/courriels", Permission.SETTINGS_MANAGE,
					Map.of()),
			new Action("/admin/journal", HttpMethod.GET, ids -> "/admin/journal", Permission.AUDIT_READ, Map.of()),
			new Action("/admin/journal/export.csv", HttpMethod.GET, ids -> "/admin/journal/export.csv",
					Permission.AUDIT_READ, Map.of()),
			// the verification's result is shown on the page itself
			new Action("/admin/journal/verifier", HttpMethod.POST, ids -> "/admin/journal/verifier",
					Permission.AUDIT_READ, Map.of())
				.answering(200),
			// media
			new Action("/admin/medias", HttpMethod.GET, ids -> "/admin/medias", MediaPermissions.MEDIA_UPLOAD,
					Map.of()),
			new Action("/admin/medias (dépôt)", HttpMethod.POST, ids -> "/admin/medias", MediaPermissions.MEDIA_UPLOAD,
					Map.of()),
			new Action("/admin/galeries", HttpMethod.GET, ids -> "/admin/galeries", MediaPermissions.MEDIA_MANAGE,
					Map.of()),
			new Action("/admin/galeries/nouvelle", HttpMethod.POST, ids -> "/admin/galeries/nouvelle",
					MediaPermissions.MEDIA_MANAGE, Map.of("title", "Journée de l’enfant", "date", "2026-06-16")),
			// newsletter
			new Action("/admin/lettre", HttpMethod.GET, ids -> "/admin/lettre", NewsletterPermissions.NEWSLETTER_MANAGE,
					Map.of()),
			new Action("/admin/lettre/nouveau", HttpMethod.POST, ids -> "/admin/lettre/nouveau",
					NewsletterPermissions.NEWSLETTER_MANAGE, Map.of()),
			new Action("/admin/abonnes", HttpMethod.GET, ids -> "/admin/abonnes",
					NewsletterPermissions.SUBSCRIBER_MANAGE, Map.of()),
			new Action("/admin/abonnes/export.csv", HttpMethod.GET, ids -> "/admin/abonnes/export.csv",
					NewsletterPermissions.SUBSCRIBER_MANAGE, Map.of()),
			// search
			new Action("/admin/recherche", HttpMethod.GET, ids -> "/admin/recherche", SearchPermissions.SEARCH_REINDEX,
					Map.of()),
			new Action("/admin/recherche/etat", HttpMethod.GET, ids -> "/admin/recherche/etat",
					SearchPermissions.SEARCH_REINDEX, Map.of()),
			new Action("/admin/recherche/reconstruire", HttpMethod.POST, ids -> "/admin/recherche/reconstruire",
					SearchPermissions.SEARCH_REINDEX, Map.of()),
			// i18n: translations (of an article the signed-in person did not write, hence
			// EDIT_ANY to change it)
			new Action("/admin/actualites/{id}/traductions/en", HttpMethod.GET,
					ids -> "/admin/actualites/" + ids.article() + "/traductions/en", NewsPermissions.ARTICLE_WRITE,
					Map.of()),
			new Action("/admin/actualites/{id}/traductions/en", HttpMethod.POST,
					ids -> "/admin/actualites/" + ids.article() + "/traductions/en", NewsPermissions.ARTICLE_EDIT_ANY,
					Map.of("title", "A published article", "standfirst", "Standfirst.", "body", "<p>Text.</p>",
							"version", "-1")),
			new Action("/admin/actualites/{id}/traductions/en/supprimer", HttpMethod.POST,
					ids -> "/admin/actualites/" + ids.article() + "/traductions/en/supprimer",
					NewsPermissions.ARTICLE_EDIT_ANY, Map.of()),
			new Action("/admin/pages/{id}/traductions/en", HttpMethod.GET,
					ids -> "/admin/pages/" + ids.page() + "/traductions/en", SitePermissions.PAGE_MANAGE, Map.of()),
			new Action("/admin/pages/{id}/traductions/en", HttpMethod.POST,
					ids -> "/admin/pages/" + ids.page() + "/traductions/en", SitePermissions.PAGE_MANAGE,
					Map.of("title", "Missions", "summary", "What we do.", "body", "<p>Text.</p>", "version", "-1")),
			new Action("/admin/pages/{id}/traductions/en/supprimer", HttpMethod.POST,
					ids -> "/admin/pages/" + ids.page() + "/traductions/en/supprimer", SitePermissions.PAGE_MANAGE,
					Map.of()),
			new Action("/admin/flash-infos/{id}/traductions/en", HttpMethod.GET,
					ids -> "/admin/flash-infos/" + ids.flash() + "/traductions/en", FlashPermissions.FLASH_MANAGE,
					Map.of()),
			new Action("/admin/flash-infos/{id}/traductions/en", HttpMethod.POST,
					ids -> "/admin/flash-infos/" + ids.flash() + "/traductions/en", FlashPermissions.FLASH_MANAGE,
					Map.of("label", "Cooperation", "text", "An agreement signed", "version", "-1")),
			new Action("/admin/flash-infos/{id}/traductions/en/supprimer", HttpMethod.POST,
					ids -> "/admin/flash-infos/" + ids.flash() + "/traductions/en/supprimer",
					FlashPermissions.FLASH_MANAGE, Map.of()));

	@Autowired
	MockMvc mvc;

	@Autowired
	PermissionCatalogue permissions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FlashItemRepository flashItems;

	@Autowired
	SectionRepository sections;

	@Autowired
	PageRepository pages;

	@Autowired
	UserAccountRepository users;

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	Ids ids;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		long flash = fixtures.flash("Coopération", "Un accord signé", Duration.ofHours(1), null).getId();
		fixtures.section("Coopération");
		long section = fixtures.section("Solidarité").getId();
		long page = fixtures.page("missions", "Missions", "<p>Les missions.</p>", 1).getId();
		long account = fixtures.editor(EditorialRole.REDACTEUR).editor().id();
		long article = fixtures.article("Une actualité publiée")
			.in(sections.findById(section).orElseThrow())
			.save()
			.getId();
		ids = new Ids(flash, section, page, account, article);
	}

	static Stream<Arguments> everyRoleAndAction() {
		List<Arguments> pairs = new ArrayList<>();
		for (EditorialRole role : EditorialRole.values()) {
			for (Action action : ACTIONS) {
				pairs.add(Arguments.of(role, action));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyRoleAndAction")
	void roleWithoutThePermissionIsRefusedAndNothingChanges(EditorialRole role, Action action) throws Exception {
		var principal = fixtures.editor(role);
		String before = snapshot();
		var response = mvc.perform(build(action).with(user(principal)).with(csrf())).andReturn().getResponse();
		int status = response.getStatus();

		if (role.can(action.required())) {
			// exactly the page, or the answer to the form handled: never a detour to the
			// sign-in page, an error page or an empty answer
			assertThat(status).as("%s may %s", role, action).isEqualTo(action.permitted());
			if (status == 200) {
				assertThat(response.getContentAsByteArray()).as("%s may %s", role, action).isNotEmpty();
			}
			else {
				assertThat(response.getRedirectedUrl()).as("%s may %s", role, action)
					.isNotNull()
					.doesNotEndWith("/connexion")
					.doesNotContain("/erreur");
			}
		}
		else {
			assertThat(status).as("%s may not %s", role, action).isEqualTo(403);
			assertThat(snapshot()).as("nothing changed").isEqualTo(before);
		}
	}

	@Test
	void everyPermissionIsDeclaredByAModuleAndTheAdministratorHoldsThemAll() {
		assertThat(permissions.all()).as("declared by the modules' back-office contributions")
			.containsAll(ACTIONS.stream().map(Action::required).distinct().toList());
		assertThat(permissions.all()).allSatisfy(
				permission -> assertThat(permission.grantedTo(EditorialRole.ADMINISTRATEUR)).as("%s", permission)
					.isTrue());
		assertThat(permissions.authorities(EditorialRole.REDACTEUR)).containsExactlyInAnyOrder("PERM_ARTICLE_WRITE",
				"PERM_BACKOFFICE_ACCESS", "PERM_MEDIA_UPLOAD");
	}

	@ParameterizedTest(name = "anonymous × {0}")
	@MethodSource("actions")
	void anonymousVisitorsAreSentToTheSignInPage(Action action) throws Exception {
		String before = snapshot();
		var response = mvc.perform(build(action).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/connexion");
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "no CSRF token × {0}")
	@MethodSource("postActions")
	void formsWithoutTheirCsrfTokenAreRefused(Action action) throws Exception {
		var principal = fixtures.editor(EditorialRole.ADMINISTRATEUR);
		String before = snapshot();
		int status = mvc.perform(build(action).with(user(principal))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(before);
	}

	static Stream<Action> actions() {
		return ACTIONS.stream();
	}

	static Stream<Action> postActions() {
		return ACTIONS.stream()
			.filter(action -> action.method() == HttpMethod.POST && !action.name().contains("journal"));
	}

	private MockHttpServletRequestBuilder build(Action action) {
		MockHttpServletRequestBuilder builder = request(action.method(), action.path().apply(ids));
		action.params()
			.forEach((name, value) -> builder.param(name, value.replace("{section}", String.valueOf(ids.section()))));
		return builder;
	}

	/** Everything a back-office action could change, in a comparable form. */
	private String snapshot() {
		StringBuilder state = new StringBuilder();
		flashItems.findAll()
			.forEach(f -> state.append(f.getId()).append(f.getText()).append(f.getPosition()).append(';'));
		sections.findAllByOrderByPositionAsc().forEach(s -> state.append(s.getId()).append(s.getName()).append(';'));
		pages.findAllByOrderByPositionAsc().forEach(p -> state.append(p.getId()).append(p.getBody()).append(';'));
		articles.findAll().forEach(a -> state.append(a.getId()).append(a.getTitle()).append(a.getStatus()).append(';'));
		users.findAll().forEach(u -> state.append(u.getEmail()).append(u.getRole()).append(u.isEnabled()).append(';'));
		state.append(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).append(';');
		state.append(jdbc.queryForObject("select count(*) from accounts_token", Long.class));
		state.append(';').append(jdbc.queryForObject("select count(*) from media_gallery", Long.class));
		state.append(';').append(jdbc.queryForObject("select count(*) from media_item", Long.class));
		state.append(';').append(jdbc.queryForObject("select count(*) from newsletter_edition", Long.class));
		state.append(';').append(jdbc.queryForObject("select count(*) from newsletter_subscriber", Long.class));
		state.append(';');
		state.append(jdbc.queryForList("select title from news_article_translation order by id", String.class));
		state.append(jdbc.queryForList("select title from site_page_translation order by id", String.class));
		state.append(jdbc.queryForList("select text from flash_item_translation order by id", String.class));
		return state.toString();
	}

}
