package org.cohesion.portal.news;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decision in docs/SECURITY.md: a Rédacteur reads colleagues' unpublished drafts,
 * previews and revisions in the back office, but changes none of them; readers outside
 * the back office never see a draft.
 */
@IntegrationTest
class DeskReadingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArticleRepository articles;

	Article draft;

	@BeforeEach
	void aColleaguesDraft() {
		fixtures.reset();
		draft = fixtures.article("Enquête en cours sur les centres d’accueil").draft().save();
	}

	@Test
	void aRedacteurReadsAColleaguesDraftItsPreviewAndRevisions() throws Exception {
		var redacteur = user(fixtures.editor(EditorialRole.REDACTEUR));
		mvc.perform(get("/admin/actualites/" + draft.getId()).with(redacteur))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enquête en cours sur les centres")));
		mvc.perform(get("/admin/actualites/" + draft.getId() + "/apercu").with(redacteur))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enquête en cours sur les centres")));
		mvc.perform(get("/admin/actualites/" + draft.getId() + "/revisions").with(redacteur))
			.andExpect(status().isOk());
	}

	@Test
	void aRedacteurChangesNoColleaguesDraftAndPublishesNothing() throws Exception {
		var redacteur = user(fixtures.editor(EditorialRole.REDACTEUR));
		mvc.perform(post("/admin/actualites/" + draft.getId() + "/revisions/1/restaurer").with(redacteur).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/actualites/" + draft.getId() + "/publier").with(redacteur).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(articles.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(draft.getStatus());
	}

	@Test
	void noDraftIsVisibleOutsideTheBackOffice() throws Exception {
		mvc.perform(get("/actualites/" + draft.getSlug())).andExpect(status().isNotFound());
	}

}
