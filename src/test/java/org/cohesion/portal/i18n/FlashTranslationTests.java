package org.cohesion.portal.i18n;

import java.time.Duration;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Flash infos in English: the ticker and the archive under /en, translated where they
 * are.
 */
@IntegrationTest
class FlashTranslationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal editor;

	FlashItem translated;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		editor = fixtures.editor(EditorialRole.EDITEUR);
		translated = fixtures.flash("Coopération", "Signature d’un accord avec un partenaire", Duration.ofHours(2),
				null);
		fixtures.flash("Agenda", "Réunion des points focaux à Odienné", Duration.ofHours(1), null);
	}

	@Test
	void englishTickerAndArchiveShowTranslatedItemsAndMarkTheOthersAsFrench() throws Exception {
		translate("Cooperation", "Agreement signed with a partner", "-1")
			.andExpect(redirectedUrl("/admin/flash-infos"));

		for (String path : new String[] { "/en/", "/en/flash-infos" }) {
			String html = mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path)
				.contains(">Cooperation</span>: Agreement signed with a partner")
				.contains(" lang=\"fr\"><span class=\"")
				.contains("Réunion des points focaux à Odienné")
				.doesNotContain("Signature d’un accord");
		}
		mvc.perform(get("/flash-infos"))
			.andExpect(content().string(containsString("Coopération</span>&#8239;: Signature d’un accord")));
	}

	@Test
	void translationIsOutOfDateOnceTheItemIsRewordedAndTheListSaysSo() throws Exception {
		translate("Cooperation", "Agreement signed with a partner", "-1");
		mvc.perform(get("/admin/flash-infos").with(user(editor)))
			.andExpect(content().string(containsString("badge--translation-current")));

		mvc.perform(post("/admin/flash-infos/" + translated.getId()).with(user(editor))
			.with(csrf())
			.param("label", "Coopération")
			.param("text", "Signature d’un accord avec deux partenaires")
			.param("showFrom", "2026-01-05T09:00")
			.param("version", String.valueOf(translated.getVersion())));

		mvc.perform(get("/admin/flash-infos").with(user(editor)))
			.andExpect(content().string(containsString("badge--translation-outdated")));
		mvc.perform(get("/admin/flash-infos/" + translated.getId() + "/traductions/en").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À revoir (l’original a changé)")))
			.andExpect(content().string(containsString("deux partenaires")));
	}

	@Test
	void emptyTranslationIsRefusedWithAFrenchMessage() throws Exception {
		translate("", "", "-1").andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez une catégorie.")));
		assertThat(jdbc.queryForObject("select count(*) from flash_item_translation", Long.class)).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions translate(String label, String text, String version)
			throws Exception {
		return mvc.perform(post("/admin/flash-infos/" + translated.getId() + "/traductions/en").with(user(editor))
			.with(csrf())
			.param("label", label)
			.param("text", text)
			.param("version", version));
	}

}
