package org.cohesion.portal.backoffice;

import java.time.Duration;
import java.time.LocalDateTime;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.flash.FlashItemView;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.site.domain.PageRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Flash infos, sections and pages managed from the back office, seen on the public site.
 */
@IntegrationTest
class BackOfficeContentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FlashApi flash;

	@Autowired
	FlashItemRepository flashItems;

	@Autowired
	SectionRepository sections;

	@Autowired
	PageRepository pages;

	@Autowired
	AuditEntryRepository audit;

	AccountPrincipal editor;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		editor = fixtures.editor(EditorialRole.EDITEUR);
	}

	@Test
	void flashInfoCreatedByAnEditorShowsInTheTickerAndIsAudited() throws Exception {
		long auditBefore = audit.count();
		var article = fixtures.article("Signature d’un accord de coopération").save();
		String now = LocalDateTime.now(fixtures.clock()).minusMinutes(5).withSecond(0).withNano(0).toString();

		mvc.perform(post("/admin/flash-infos/nouveau").with(user(editor))
			.with(csrf())
			.param("label", "Coopération")
			.param("text", "Un accord signé avec un partenaire technique")
			.param("showFrom", now)
			.param("articleId", String.valueOf(article.getId())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/flash-infos"));

		assertThat(flash.current()).singleElement().satisfies(item -> {
			assertThat(item.label()).isEqualTo("Coopération");
			assertThat(item.href()).isEqualTo("/actualites/signature-d-un-accord-de-cooperation");
		});
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("Un accord signé avec un partenaire technique")));
		assertThat(audit.count()).isGreaterThan(auditBefore);
		assertThat(audit.findAll()).anySatisfy(entry -> {
			assertThat(entry.getAction()).isEqualTo("FLASH_CREATED");
			assertThat(entry.getActor()).isEqualTo(editor.getUsername());
		});
	}

	@Test
	void scheduledFlashInfoWaitsForItsTime() throws Exception {
		String tomorrow = LocalDateTime.now(fixtures.clock()).plusDays(1).withSecond(0).withNano(0).toString();
		mvc.perform(post("/admin/flash-infos/nouveau").with(user(editor))
			.with(csrf())
			.param("label", "Agenda")
			.param("text", "Atelier de validation demain à Yamoussoukro")
			.param("showFrom", tomorrow)).andExpect(status().isFound());

		assertThat(flash.current()).isEmpty();
		mvc.perform(get("/admin/flash-infos").with(user(editor)))
			.andExpect(content().string(containsString("Programmé")));
	}

	@Test
	void invalidFlashInfoIsRefusedWithFrenchMessagesAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/flash-infos/nouveau").with(user(editor))
			.with(csrf())
			.param("label", "")
			.param("text", "Un texte à ne pas perdre")
			.param("showFrom", "2026-03-10T10:00")
			.param("showUntil", "2026-03-09T10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez une catégorie.")))
			.andExpect(content().string(containsString("La fin d’affichage doit être postérieure au début.")))
			.andExpect(content().string(containsString("Un texte à ne pas perdre")));
		assertThat(flashItems.count()).isZero();
	}

	@Test
	void flashInfoWithAScriptInItsTextIsShownAsText() throws Exception {
		mvc.perform(post("/admin/flash-infos/nouveau").with(user(editor))
			.with(csrf())
			.param("label", "<script>alert(1)</script>")
			.param("text", "<img src=x onerror=alert(1)>")
			.param("showFrom",
					LocalDateTime.now(fixtures.clock()).minusMinutes(1).withSecond(0).withNano(0).toString()))
			.andExpect(status().isFound());

		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home).doesNotContain("<script>alert(1)</script>", "<img src=x").contains("&lt;script&gt;");
	}

	@Test
	void editingAFlashInfoThatChangedMeanwhileIsRefusedWithoutLosingTheText() throws Exception {
		var item = fixtures.flash("Agenda", "Première version", Duration.ofHours(1), null);
		long staleVersion = item.getVersion();
		String from = LocalDateTime.now(fixtures.clock()).minusHours(1).withSecond(0).withNano(0).toString();
		mvc.perform(post("/admin/flash-infos/" + item.getId()).with(user(editor))
			.with(csrf())
			.param("label", "Agenda")
			.param("text", "Deuxième version")
			.param("showFrom", from)
			.param("version", String.valueOf(staleVersion))).andExpect(status().isFound());

		mvc.perform(post("/admin/flash-infos/" + item.getId()).with(user(editor))
			.with(csrf())
			.param("label", "Agenda")
			.param("text", "Version concurrente")
			.param("showFrom", from)
			.param("version", String.valueOf(staleVersion)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifié par quelqu’un d’autre")))
			.andExpect(content().string(containsString("Version concurrente")));
		assertThat(flashItems.findById(item.getId()).orElseThrow().getText()).isEqualTo("Deuxième version");
	}

	@Test
	void flashInfosAreReorderedInTheTicker() throws Exception {
		fixtures.flash("Agenda", "Premier", Duration.ofHours(2), null);
		var second = fixtures.flash("Agenda", "Second", Duration.ofHours(3), null);
		// Equal positions: the newest first.
		assertThat(flash.current()).extracting(FlashItemView::text).containsExactly("Premier", "Second");

		mvc.perform(post("/admin/flash-infos/" + second.getId() + "/deplacer").with(user(editor))
			.with(csrf())
			.param("direction", "haut")).andExpect(status().isFound());

		assertThat(flash.current()).extracting(FlashItemView::text).containsExactly("Second", "Premier");
	}

	@Test
	void sectionIsRenamedButKeepsItsAddress() throws Exception {
		var section = fixtures.section("Solidarité");
		mvc.perform(post("/admin/rubriques/" + section.getId()).with(user(editor))
			.with(csrf())
			.param("name", "Solidarité nationale")
			.param("description", "Aides et transferts.")).andExpect(status().isFound());

		mvc.perform(get("/rubriques/solidarite"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Solidarité nationale</h1>")));
	}

	@Test
	void pageBodyPastedWithScriptsIsSanitisedOnSave() throws Exception {
		mvc.perform(post("/admin/pages/nouvelle").with(user(editor))
			.with(csrf())
			.param("title", "Organigramme du Ministère")
			.param("slug", "")
			.param("summary", "Qui fait quoi au Ministère.")
			.param("body",
					"<p class=MsoNormal style='color:red'>Le cabinet<script>alert(1)</script></p>"
							+ "<a href=\"javascript:alert(1)\">lien</a><img src=x onerror=alert(1)>"))
			.andExpect(status().isFound());

		var page = pages.findBySlug("organigramme-du-ministere").orElseThrow();
		assertThat(page.getBody()).contains("<p>Le cabinet</p>")
			.doesNotContain("script", "javascript:", "onerror", "style");
		mvc.perform(get("/organigramme-du-ministere")).andExpect(status().isOk());
	}

	@Test
	void pageCannotTakeAnAddressTheSiteAlreadyUses() throws Exception {
		mvc.perform(post("/admin/pages/nouvelle").with(user(editor))
			.with(csrf())
			.param("title", "Actualités")
			.param("slug", "actualites")
			.param("summary", "Résumé.")
			.param("body", "<p>Texte</p>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette adresse est déjà utilisée")));
		assertThat(pages.count()).isZero();
	}

}
