package org.cohesion.portal.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.editorial.ArticleAnnouncer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results page, the header's search box, suggestions, and the index following
 * publication, through HTTP.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
class SearchPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SearchIndex index;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleAnnouncer announcer;

	@Autowired
	JdbcTemplate jdbc;

	Section solidarity;

	Section cooperation;

	@BeforeEach
	void setUp() throws InterruptedException {
		SearchTesting.cleanIndex(index);
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
		cooperation = fixtures.section("Coopération");
	}

	@Test
	void resultsPageShowsHighlightedHitsWithTheirTypeDateAndSection() throws Exception {
		fixtures.article("Aide aux ménages sinistrés de Bouaké")
			.in(solidarity)
			.standfirst("Des kits distribués aux familles.")
			.body("<p>Les ménages <em>sinistrés</em> reçoivent des vivres.</p>")
			.publishedAt(LocalDate.of(2025, 9, 12).atTime(10, 0).atZone(ZoneId.of("Africa/Abidjan")).toInstant())
			.save();

		mvc.perform(get("/recherche").param("q", "menage sinistre"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un résultat pour «\u00a0menage sinistre\u00a0»")))
			.andExpect(content().string(containsString(
					"<a href=\"/actualites/aide-aux-menages-sinistres-de-bouake\">Aide aux <mark>ménages</mark> <mark>sinistrés</mark> de Bouaké</a>")))
			.andExpect(content().string(containsString("Les <mark>ménages</mark> <mark>sinistrés</mark> reçoivent")))
			.andExpect(content().string(containsString("<time datetime=\"2025-09-12\">12 septembre 2025</time>")))
			.andExpect(content().string(containsString("Solidarité (1)")))
			.andExpect(content().string(containsString("2025 (1)")))
			.andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex, follow\">")))
			.andExpect(content().string(containsString("value=\"menage sinistre\"")))
			// one node: the index is written before the commit returns, so the page cache
			// may keep the results (on OpenSearch it may not: TwoNodesTests)
			.andExpect(header().string("Cache-Control", containsString("public")));
	}

	@Test
	void everyPublicPageHasTheSearchBoxInItsHeader() throws Exception {
		fixtures.page("missions", "Missions", "<p>Texte.</p>", 0);
		for (String path : new String[] { "/", "/actualites", "/missions", "/flash-infos" }) {
			mvc.perform(get(path))
				.andExpect(content().string(containsString(
						"<form class=\"site-search\" role=\"search\" aria-label=\"Recherche sur le site\" action=\"/recherche\" method=\"get\">")))
				.andExpect(content().string(containsString("data-suggest=\"/recherche/suggestions\"")));
		}
	}

	@Test
	void emptyOverlongAndHostileQueriesGetAMessageNeverAnError() throws Exception {
		mvc.perform(get("/recherche"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("role=\"alert\""))));
		mvc.perform(get("/recherche").param("q", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saisissez au moins un mot à rechercher.")));
		mvc.perform(get("/recherche").param("q", "x".repeat(500)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre recherche est trop longue")));
		mvc.perform(get("/recherche").param("q", "<script>alert(1)</script> *:* (\\"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		mvc.perform(get("/recherche").param("q", "aide")
			.param("page", "-3")
			.param("annee", "deux-mille")
			.param("type", "<b>")
			.param("rubrique", "../../etc")
			.param("tri", "'; drop table")).andExpect(status().isOk());
		mvc.perform(get("/recherche").param("q", "aide").param("page", "99999999999")).andExpect(status().isOk());
	}

	@Test
	void filtersByTypeSectionAndYearWithCountsAndPages() throws Exception {
		ZoneId abidjan = ZoneId.of("Africa/Abidjan");
		for (int i = 1; i <= 12; i++) {
			fixtures.article("Caravane de la solidarité numéro " + i)
				.in(i % 3 == 0 ? cooperation : solidarity)
				.publishedAt(LocalDate.of(i <= 4 ? 2024 : 2025, 3, i).atTime(9, 0).atZone(abidjan).toInstant())
				.save();
		}
		fixtures.flash("Agenda", "La caravane de la solidarité arrive à Korhogo", Duration.ofHours(3), null);

		mvc.perform(get("/recherche").param("q", "caravane"))
			.andExpect(content().string(containsString("13 résultats pour «\u00a0caravane\u00a0»")))
			.andExpect(content().string(containsString("Actualité (12)")))
			.andExpect(content().string(containsString("Flash info (1)")))
			.andExpect(content().string(containsString("Solidarité (8)")))
			.andExpect(content().string(containsString("Coopération (4)")))
			.andExpect(content().string(containsString("2024 (4)")))
			.andExpect(content().string(containsString("href=\"/recherche?q=caravane&amp;page=2\"")));
		mvc.perform(get("/recherche").param("q", "caravane").param("page", "2"))
			.andExpect(content().string(containsString("Page 2 sur 2")));
		mvc.perform(get("/recherche").param("q", "caravane").param("rubrique", "cooperation"))
			.andExpect(content().string(containsString("4 résultats")));
		mvc.perform(get("/recherche").param("q", "caravane").param("type", "flash"))
			.andExpect(content().string(containsString("Un résultat")))
			.andExpect(content().string(containsString("href=\"/flash-infos\"")));
		mvc.perform(get("/recherche").param("q", "caravane").param("annee", "2024").param("tri", "date"))
			.andExpect(content().string(containsString("4 résultats")))
			.andExpect(content().string(containsString("<strong aria-current=\"true\">date</strong>")));
	}

	@Test
	void suggestionsAreTitlesOfPublishedContentAsJson() throws Exception {
		fixtures.article("Aide aux ménages sinistrés de Bouaké").in(solidarity).save();
		fixtures.article("Ménagères de Man en coopérative").in(solidarity).draft().save();

		mvc.perform(get("/recherche/suggestions").param("q", "ména"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].title").value("Aide aux ménages sinistrés de Bouaké"))
			.andExpect(jsonPath("$[0].path").value("/actualites/aide-aux-menages-sinistres-de-bouake"))
			.andExpect(jsonPath("$[0].type").value("article"));
		mvc.perform(get("/recherche/suggestions").param("q", "m")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/recherche/suggestions").param("q", "\"*(")).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void draftsScheduledAndUnpublishedArticlesAreNeverFound() throws Exception {
		fixtures.article("Brouillon sur la cohésion sociale").in(solidarity).draft().save();
		fixtures.article("Programme sur la cohésion sociale").in(solidarity).scheduledIn(Duration.ofHours(5)).save();
		Article published = fixtures.article("Forum sur la cohésion sociale").in(solidarity).save();
		var editor = user(fixtures.editor(EditorialRole.EDITEUR));

		assertThat(titles("cohésion")).containsExactly("Forum sur la cohésion sociale");

		mvc.perform(post("/admin/actualites/" + published.getId() + "/depublier").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/actualites/" + published.getId()));
		assertThat(titles("cohésion")).isEmpty();
		mvc.perform(get("/recherche").param("q", "cohésion"))
			.andExpect(content().string(containsString("Aucun résultat")))
			.andExpect(content().string(not(containsString("Programme sur"))))
			.andExpect(content().string(not(containsString("Brouillon sur"))));
		mvc.perform(get("/recherche/suggestions").param("q", "cohés")).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anEditIsFoundAtOnce() throws Exception {
		Article article = fixtures.article("Forum sur la cohésion sociale").in(solidarity).save();
		fixtures.retitle(article, "Forum national sur le vivre-ensemble");
		assertThat(titles("vivre-ensemble")).containsExactly("Forum national sur le vivre-ensemble");
		assertThat(titles("cohésion")).isEmpty();
	}

	@Test
	void aScheduledArticleIsFoundWhenItsTimeComesAndReindexedWhenAnnounced() throws Exception {
		Article scheduled = fixtures.article("Lancement du registre social unifié")
			.in(solidarity)
			.scheduledIn(Duration.ofHours(2))
			.save();
		assertThat(titles("registre social")).isEmpty();

		clock.advance(Duration.ofHours(2).plusMinutes(1));
		assertThat(titles("registre social")).containsExactly("Lancement du registre social unifié");

		// an index that missed the article (restored from an old copy, say) gets it back
		// from the announcement
		index.purge();
		assertThat(titles("registre social")).isEmpty();
		assertThat(announcer.announceDue()).isEqualTo(1);
		// search re-indexes on the announcement in an application module listener, after
		// the commit
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(titles("registre social")).containsExactly("Lancement du registre social unifié"));
		assertThat(scheduled.getId()).isNotNull();
	}

	@Test
	void anAdministratorRebuildsTheIndexAndSeesItsProgress() throws Exception {
		fixtures.article("Forum sur la cohésion sociale").in(solidarity).save();
		fixtures.page("missions", "Missions du Ministère", "<p>La cohésion sociale.</p>", 0);
		index.purge();
		assertThat(titles("cohésion")).isEmpty();
		var administrator = user(fixtures.editor(EditorialRole.ADMINISTRATEUR));

		mvc.perform(post("/admin/recherche/reconstruire").with(administrator).with(csrf()))
			.andExpect(redirectedUrl("/admin/recherche"));
		SearchTesting.awaitRebuild(index);

		assertThat(titles("cohésion")).containsExactlyInAnyOrder("Forum sur la cohésion sociale",
				"Missions du Ministère");
		mvc.perform(get("/admin/recherche").with(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dernière reconstruction terminée\u00a0: 2 éléments indexés.")))
			.andExpect(content().string(containsString("Documents dans l’index\u00a0: 2")));
		mvc.perform(get("/admin/recherche/etat").with(administrator))
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.percent").value(100));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_REINDEX_STARTED'",
				Long.class))
			.isPositive();
	}

	private java.util.List<String> titles(String text) throws Exception {
		return SearchTesting.titles(mvc, text);
	}

}
