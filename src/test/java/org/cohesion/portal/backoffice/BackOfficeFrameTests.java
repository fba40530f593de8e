package org.cohesion.portal.backoffice;

import java.time.Duration;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The back office's frame is what the modules contribute: menu entries shown to those
 * with their permission, in the modules' order; dashboard panels with what an editor
 * needs first.
 */
@IntegrationTest
class BackOfficeFrameTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Section section;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		section = fixtures.section("Solidarité");
	}

	@Test
	void theMenuIsWhatTheModulesContributeShownToThoseWithThePermission() throws Exception {
		String editor = nav(page(fixtures.editor(EditorialRole.EDITEUR), "/admin"));
		assertThat(editor).contains("href=\"/admin/galeries\"", ">Galeries<", "href=\"/admin/flash-infos\"")
			.doesNotContain("href=\"/admin/comptes\"", "href=\"/admin/journal\"");
		assertThat(editor.indexOf("/admin/actualites")).isLessThan(editor.indexOf("/admin/flash-infos"));
		assertThat(editor.indexOf("/admin/flash-infos")).isLessThan(editor.indexOf("/admin/medias"));
		assertThat(editor.indexOf("/admin/medias")).isLessThan(editor.indexOf("/admin/galeries"));
		assertThat(editor.indexOf("/admin/galeries")).isLessThan(editor.indexOf("/admin/rubriques"));

		String writer = nav(page(fixtures.editor(EditorialRole.REDACTEUR), "/admin"));
		assertThat(writer).contains("href=\"/admin/actualites\"", "href=\"/admin/medias\"")
			.doesNotContain("href=\"/admin/galeries\"", "href=\"/admin/flash-infos\"", "href=\"/admin/lettre\"");

		String administrator = nav(page(fixtures.editor(EditorialRole.ADMINISTRATEUR), "/admin"));
		assertThat(administrator).contains("href=\"/admin/comptes\"", "href=\"/admin/journal\"",
				"href=\"/admin/recherche\"", "href=\"/admin/pages\"", "href=\"/admin/abonnes\"");
	}

	@Test
	void theDashboardShowsMyDraftsWhatAwaitsReviewWhatIsScheduledAndTheNextEdition() throws Exception {
		AccountPrincipal writer = fixtures.editor(EditorialRole.REDACTEUR);
		AccountPrincipal otherWriter = fixtures.editor(EditorialRole.REDACTEUR);
		AccountPrincipal editor = fixtures.editor(EditorialRole.EDITEUR);
		create(writer, "Mon brouillon sur les kits scolaires");
		long submitted = create(writer, "Reportage à relire sur Korhogo");
		mvc.perform(post("/admin/actualites/" + submitted + "/soumettre").with(user(writer)).with(csrf()));
		create(otherWriter, "Brouillon d’un collègue");
		fixtures.article("Publication programmée pour demain").in(section).scheduledIn(Duration.ofHours(20)).save();

		String mine = page(writer, "/admin");
		assertThat(panel(mine, "dashboard-drafts")).contains("Mon brouillon sur les kits scolaires")
			.doesNotContain("Brouillon d’un collègue");
		assertThat(panel(mine, "dashboard-review")).contains("Reportage à relire sur Korhogo");
		assertThat(mine).doesNotContain("panel-dashboard-newsletter");

		String editors = page(editor, "/admin");
		assertThat(panel(editors, "dashboard-review")).contains("Reportage à relire sur Korhogo", "(1)");
		assertThat(panel(editors, "dashboard-scheduled")).contains("Publication programmée pour demain");
		assertThat(panel(editors, "dashboard-activity")).contains("Brouillon d’un collègue");
		assertThat(editors).contains("id=\"panel-dashboard-newsletter\"", "Lettre d’information");
	}

	private long create(AccountPrincipal who, String title) throws Exception {
		String location = mvc
			.perform(post("/admin/actualites/nouvelle").with(user(who))
				.with(csrf())
				.param("title", title)
				.param("standfirst", "Chapô.")
				.param("body", "<p>Texte.</p>")
				.param("sectionId", String.valueOf(section.getId()))
				.param("language", "fr"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/admin/actualites/".length()));
	}

	private String page(AccountPrincipal who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	private static String nav(String page) {
		return page.substring(page.indexOf("<nav class=\"admin-nav\""), page.indexOf("</nav>"));
	}

	private static String panel(String page, String id) {
		int start = page.indexOf("id=\"panel-" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</section>", start));
	}

}
