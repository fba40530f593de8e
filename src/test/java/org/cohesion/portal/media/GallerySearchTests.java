package org.cohesion.portal.media;

import java.io.ByteArrayInputStream;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.internal.MediaProperties;
import org.cohesion.portal.search.SearchIndex;
import org.cohesion.portal.search.SearchTesting;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Galleries in search and in the public API, changed through the back office as editors
 * do: the index follows creation, edits, deletion and the description of their images; a
 * gallery with no image the public may see is neither found nor served.
 */
@IntegrationTest
class GallerySearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaLibrary library;

	@Autowired
	GalleryRepository galleries;

	@Autowired
	MediaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndex index;

	AccountPrincipal editor;

	@BeforeEach
	void setUp() throws Exception {
		SearchTesting.cleanIndex(index);
		fixtures.reset();
		LibraryReset.reset(jdbc, properties.root());
		editor = fixtures.editor(EditorialRole.EDITEUR);
	}

	@AfterEach
	void tearDown() throws Exception {
		LibraryReset.reset(jdbc, properties.root());
		SearchTesting.cleanIndex(index);
	}

	@Test
	void galleryIsFoundInFrenchByTitleDescriptionAndCaptions() throws Exception {
		long photo = image("kolda.png", 400, "Des femmes reçoivent des sacs de riz");
		long id = create("Distribution de vivres à Kolda", "Les ménages sinistrés reçoivent des kits alimentaires.",
				"2025-08-14", photo);
		caption(id, "Distribution de vivres à Kolda", "Les élèves bénévoles déchargent le camion");

		assertThat(SearchTesting.titles(mvc, "menages sinistres")).containsExactly("Distribution de vivres à Kolda");
		assertThat(SearchTesting.titles(mvc, "KOLDA")).containsExactly("Distribution de vivres à Kolda");
		assertThat(SearchTesting.titles(mvc, "eleves benevoles")).containsExactly("Distribution de vivres à Kolda");

		String html = mvc.perform(get("/recherche").param("q", "Élèves").param("type", "gallery"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("href=\"/galeries/distribution-de-vivres-a-kolda\"")
			.contains("Galerie")
			.contains("<mark>élèves</mark>");

		// the date filter and facets: the gallery's own year
		assertThat(mvc.perform(get("/recherche").param("q", "Kolda").param("annee", "2025"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/galeries/distribution-de-vivres-a-kolda\"").contains("2025 (1)");
		assertThat(mvc.perform(get("/recherche").param("q", "Kolda").param("annee", "2024"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/galeries/distribution-de-vivres-a-kolda");

		// searched together with the other indexes (one query over all of them)
		fixtures.article("Kolda : les kits alimentaires arrivent").in(fixtures.section("Solidarité")).save();
		assertThat(SearchTesting.titles(mvc, "kolda")).containsExactlyInAnyOrder("Distribution de vivres à Kolda",
				"Kolda : les kits alimentaires arrivent");
		mvc.perform(get("/api/v1/search").param("q", "kolda").param("type", "gallery"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].type").value("gallery"))
			.andExpect(
					jsonPath("$.items[0].url").value("https://portail.example/galeries/distribution-de-vivres-a-kolda"))
			.andExpect(jsonPath("$.items[0].publishedAt").value("2025-08-14T12:00:00Z"));
	}

	@Test
	void galleryWithoutPublicImageIsNeverFound() throws Exception {
		create("Atelier de couture vide", null, "2025-03-02");
		long photo = image("couture.png", 380, "Une apprentie à la machine à coudre");
		long id = create("Atelier de couture à Thiès", null, "2025-03-03", photo);
		assertThat(SearchTesting.titles(mvc, "couture")).containsExactly("Atelier de couture à Thiès");

		// its only image loses its text alternative: the gallery leaves the index
		describe(photo, "");
		assertThat(SearchTesting.titles(mvc, "couture")).isEmpty();
		mvc.perform(get("/api/v1/galleries")).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/galleries/atelier-de-couture-a-thies")).andExpect(status().isNotFound());

		describe(photo, "Une apprentie à la machine à coudre");
		assertThat(SearchTesting.titles(mvc, "couture")).containsExactly("Atelier de couture à Thiès");

		// a rebuild applies the same rule
		index.rebuild();
		SearchTesting.awaitRebuild(index);
		assertThat(SearchTesting.titles(mvc, "couture")).containsExactly("Atelier de couture à Thiès");

		mvc.perform(post("/admin/galeries/" + id + "/supprimer").with(user(editor)).with(csrf()));
		assertThat(SearchTesting.titles(mvc, "couture")).isEmpty();
	}

	@Test
	void editingTheTitleReindexesTheGallery() throws Exception {
		long photo = image("puits.png", 360, "Un puits neuf");
		long id = create("Inauguration du puits de Matam", null, "2025-05-20", photo);
		assertThat(SearchTesting.titles(mvc, "Matam")).containsExactly("Inauguration du puits de Matam");

		caption(id, "Un forage pour Podor", "Les habitants puisent l’eau");
		assertThat(SearchTesting.titles(mvc, "Matam")).isEmpty();
		assertThat(SearchTesting.titles(mvc, "forage podor")).containsExactly("Un forage pour Podor");
		assertThat(mvc.perform(get("/recherche/suggestions").param("q", "fora"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Un forage pour Podor");
	}

	@Test
	void apiListsPublicGalleriesNewestFirstWithTheirImages() throws Exception {
		long a = image("a.png", 1200, "Des enfants reçoivent des cahiers");
		long b = image("b.png", 500, "Une file d’attente devant le centre");
		create("Rentrée scolaire à Kaolack", "Kits scolaires remis aux familles.", "2025-09-10", a, b);
		long older = create("Journée de l’enfant", null, "2025-06-16", b);
		caption(older, "Journée de l’enfant", "Le centre de Ziguinchor");
		create("Galerie sans image", null, "2025-10-01");

		mvc.perform(get("/api/v1/galleries").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].slug").value("rentree-scolaire-a-kaolack"))
			.andExpect(jsonPath("$.items[0].date").value("2025-09-10"))
			.andExpect(jsonPath("$.items[0].imageCount").value(2))
			.andExpect(jsonPath("$.items[0].url").value("https://portail.example/galeries/rentree-scolaire-a-kaolack"))
			.andExpect(jsonPath("$.items[0].cover.alt").value("Des enfants reçoivent des cahiers"))
			.andExpect(jsonPath("$.items[0].links.self")
				.value("https://portail.example/api/v1/galleries/rentree-scolaire-a-kaolack"))
			.andExpect(jsonPath("$.links.next").value("https://portail.example/api/v1/galleries?page=2&size=1"));
		mvc.perform(get("/api/v1/galleries").param("page", "2").param("size", "1"))
			.andExpect(jsonPath("$.items[0].slug").value("journee-de-l-enfant"))
			.andExpect(jsonPath("$.links.next").value(nullValue()));

		mvc.perform(get("/api/v1/galleries/rentree-scolaire-a-kaolack"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Rentrée scolaire à Kaolack"))
			.andExpect(jsonPath("$.description").value("Kits scolaires remis aux familles."))
			.andExpect(jsonPath("$.date").value("2025-09-10"))
			.andExpect(jsonPath("$.images", hasSize(2)))
			.andExpect(jsonPath("$.images[0].alt").value("Des enfants reçoivent des cahiers"))
			.andExpect(
					jsonPath("$.images[0].url", matchesPattern("https://portail\\.example/media/[0-9a-f]+-1080\\.jpg")))
			.andExpect(jsonPath("$.images[0].width").value(1200))
			.andExpect(jsonPath("$.images[0].height").value(200))
			.andExpect(jsonPath("$.images[0].derivatives[*].width")
				.value(org.hamcrest.Matchers.contains(360, 720, 1080, 1200)))
			.andExpect(jsonPath("$.images[0].derivatives[0].url", startsWith("https://portail.example/media/")))
			.andExpect(jsonPath("$.images[1].alt").value("Une file d’attente devant le centre"));
		mvc.perform(get("/api/v1/galleries/journee-de-l-enfant"))
			.andExpect(jsonPath("$.images[0].caption").value("Le centre de Ziguinchor"))
			.andExpect(jsonPath("$.description").value(nullValue()));

		mvc.perform(get("/api/v1/galleries/galerie-sans-image"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/galleries/inconnue"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.message", containsString("inconnue")));
		mvc.perform(get("/api/v1/galleries").param("size", "0")).andExpect(status().isBadRequest());
	}

	private long image(String name, int width, String alt) throws Exception {
		long id = library.accept(new ByteArrayInputStream(TestImages.png(width, 200)), name, null, false)
			.item()
			.getId();
		describe(id, alt);
		return id;
	}

	private void describe(long id, String alt) throws Exception {
		mvc.perform(post("/admin/medias/" + id).with(user(editor)).with(csrf()).param("alt", alt))
			.andExpect(status().is3xxRedirection());
	}

	private long create(String title, String description, String date, long... images) throws Exception {
		var request = post("/admin/galeries/nouvelle").with(user(editor))
			.with(csrf())
			.param("title", title)
			.param("date", date);
		if (description != null) {
			request.param("description", description);
		}
		for (long image : images) {
			request.param("add", String.valueOf(image));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return galleries.findAll().stream().filter(g -> g.getTitle().equals(title)).findFirst().orElseThrow().getId();
	}

	/**
	 * Saves the edit form as it comes (date, description), with a new title and caption.
	 */
	private void caption(long id, String title, String caption) throws Exception {
		var gallery = galleries.findById(id).orElseThrow();
		var request = post("/admin/galeries/" + id).with(user(editor))
			.with(csrf())
			.param("title", title)
			.param("date", gallery.getDate().toString())
			.param("captions[0]", caption);
		if (gallery.getDescription() != null) {
			request.param("description", gallery.getDescription());
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

}
