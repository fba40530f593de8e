package org.cohesion.portal.media;

import java.io.IOException;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.internal.MediaProperties;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article illustrated from the library: cover chosen in the editor (page, Open Graph,
 * srcset), a library image inserted in the body, a gallery attached as the "Galerie
 * associée"; the library then shows where the images are used and refuses to delete them.
 */
@IntegrationTest
class ArticleMediaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaItemRepository items;

	@Autowired
	ArticleRepository articles;

	@Autowired
	MediaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void reset() throws IOException {
		fixtures.reset();
		LibraryReset.reset(jdbc, properties.root());
	}

	@Test
	void anArticleShowsItsLibraryCoverBodyImageAndGallery() throws Exception {
		var editor = fixtures.editor(EditorialRole.EDITEUR);
		MediaItem cover = uploadDescribed(editor, "couverture.jpg", TestImages.jpeg(1600, 900),
				"Distribution de kits scolaires à San-Pédro");
		MediaItem inside = uploadDescribed(editor, "interieur.png", TestImages.png(800, 600),
				"Élèves recevant leurs kits dans la cour de l’école");
		mvc.perform(post("/admin/galeries/nouvelle").with(user(editor))
			.with(csrf())
			.param("title", "Rentrée scolaire à San-Pédro")
			.param("date", "2026-09-15")
			.param("add", String.valueOf(cover.getId()), String.valueOf(inside.getId())));
		long galleryId = jdbc.queryForObject("select id from media_gallery", Long.class);

		Section section = fixtures.section("Solidarité");
		Article article = fixtures.article("Kits scolaires pour 600 élèves").in(section).save();
		String bodyImage = MediaPaths.path(inside.getContentHash(), 720, "jpg");
		mvc.perform(post("/admin/actualites/" + article.getId()).with(user(editor))
			.with(csrf())
			.param("title", "Kits scolaires pour 600 élèves")
			.param("standfirst", "Le Ministère accompagne la rentrée.")
			.param("body", "<p>Texte.</p><figure><img src=\"" + bodyImage
					+ "\" alt=\"Élèves recevant leurs kits\" width=\"720\" height=\"540\"><figcaption>Dans la cour"
					+ "</figcaption></figure><img src=\"https://tracker.example/p.gif\" alt=\"x\">")
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr")
			.param("version", String.valueOf(articles.findById(article.getId()).orElseThrow().getVersion()))
			.param("coverMediaId", String.valueOf(cover.getId()))
			.param("galleryId", String.valueOf(galleryId)));

		assertThat(jdbc
			.queryForList("select before_state, after_state from audit_entry where action = 'ARTICLE_COVER_CHANGED'"
					+ " and target_id = ?", String.valueOf(article.getId())))
			.singleElement()
			.satisfies(row -> assertThat(row.values()).containsExactly(null, String.valueOf(cover.getId())));

		String page = mvc.perform(get("/actualites/" + articles.findById(article.getId()).orElseThrow().getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String coverPath = MediaPaths.path(cover.getContentHash(), 1080, "jpg");
		assertThat(page).contains("<meta property=\"og:image\" content=\"https://portail.example" + coverPath + "\">")
			.contains("srcset=\"" + MediaPaths.srcset(coverPath) + "\"")
			.contains("alt=\"Distribution de kits scolaires à San-Pédro\"")
			.contains("src=\"" + bodyImage + "\"")
			.doesNotContain("tracker.example")
			.contains("id=\"galerie\"")
			.contains("Rentrée scolaire à San-Pédro")
			.contains("media-lightbox");

		String library = mvc.perform(get("/admin/medias?usage=used").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(library).contains("couverture.jpg", "interieur.png", "Actualité : Kits scolaires pour 600 élèves",
				"Galerie : Rentrée scolaire à San-Pédro");
		mvc.perform(post("/admin/medias/" + inside.getId() + "/supprimer").with(user(editor)).with(csrf()));
		assertThat(items.findById(inside.getId())).isPresent();
	}

	@Test
	void imagesInAnArticleBodyAreServedAsPicturesWithWebpSizesAndLazyLoadingWhileTheStoredTextStaysPlain()
			throws Exception {
		var editor = fixtures.editor(EditorialRole.EDITEUR);
		MediaItem photo = uploadDescribed(editor, "atelier.jpg", TestImages.jpeg(1600, 900),
				"Atelier de couture des femmes de Korhogo");
		Section section = fixtures.section("Solidarité");
		Article article = fixtures.article("Un atelier pour les femmes de Korhogo").in(section).save();
		String inserted = MediaPaths.path(photo.getContentHash(), 720, "jpg");
		String older = MediaPaths.path(photo.getContentHash(), 1080, "jpg");
		mvc.perform(
				post("/admin/actualites/" + article.getId()).with(user(editor))
					.with(csrf())
					.param("title", "Un atelier pour les femmes de Korhogo")
					.param("standfirst", "Vingt machines à coudre.")
					// as the picker inserts it; then as older articles have it (no size);
					// then a
					// <picture> pasted from elsewhere, whose sources must not survive
					.param("body", "<figure class=\"figure--right\"><img src=\"" + inserted
							+ "\" alt=\"Les machines à coudre\" width=\"720\" height=\"405\"><figcaption>L’atelier"
							+ "</figcaption></figure><p>Texte.</p><p><img src=\"" + older + "\" alt=\"La remise\"></p>"
							+ "<picture><source srcset=\"https://tracker.example/p.webp\"><img src=\"" + inserted
							+ "\" alt=\"Encore\"></picture>")
					.param("sectionId", String.valueOf(section.getId()))
					.param("language", "fr")
					.param("version", String.valueOf(articles.findById(article.getId()).orElseThrow().getVersion())))
			.andExpect(status().is3xxRedirection());

		String stored = articles.findById(article.getId()).orElseThrow().getBody();
		assertThat(stored).as("the stored text is what the sanitiser let through")
			.doesNotContain("<picture", "<source", "srcset", "tracker.example", "loading=")
			.contains("<img src=\"" + inserted + "\"");

		String page = mvc.perform(get("/actualites/" + articles.findById(article.getId()).orElseThrow().getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sizes = "sizes=\"(min-width: 48em) 46rem, 100vw\"";
		assertThat(page).doesNotContain("tracker.example")
			.contains("<figure class=\"figure--right\"><picture><source type=\"image/webp\" srcset=\""
					+ MediaPaths.srcset(inserted.replace(".jpg", ".webp")) + "\" " + sizes + "><img src=\"" + inserted
					+ "\" alt=\"Les machines à coudre\" width=\"720\" height=\"405\" srcset=\""
					+ MediaPaths.srcset(inserted) + "\" " + sizes
					+ " loading=\"lazy\" decoding=\"async\"></picture><figcaption>")
			.contains("<img src=\"" + older + "\" alt=\"La remise\" width=\"1080\" height=\"608\" srcset=\""
					+ MediaPaths.srcset(older) + "\"")
			.contains("srcset=\"" + MediaPaths.srcset(older.replace(".jpg", ".webp")) + "\"");
		assertThat(page.split("<picture>", -1)).as("every body image, and only those, in a <picture>").hasSize(4);
		assertThat(page).doesNotContainPattern("<img src=\"/media/[0-9a-f]{24}-[0-9]+\\.jpg\" alt=\"[^\"]*\">");
	}

	@Test
	void anImageWithoutTextAlternativeCannotBecomeACover() throws Exception {
		var editor = fixtures.editor(EditorialRole.EDITEUR);
		mvc.perform(multipart("/admin/medias")
			.file(new MockMultipartFile("files", "sans-alt.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
			.with(user(editor))
			.with(csrf()));
		MediaItem item = Processing.awaitProcessed(items, "sans-alt.jpg");
		Section section = fixtures.section("Coopération");
		Article article = fixtures.article("Accord de coopération").in(section).save();
		mvc.perform(post("/admin/actualites/" + article.getId()).with(user(editor))
			.with(csrf())
			.param("title", "Accord de coopération")
			.param("standfirst", "Signature.")
			.param("body", "<p>Texte.</p>")
			.param("sectionId", String.valueOf(section.getId()))
			.param("language", "fr")
			.param("version", String.valueOf(articles.findById(article.getId()).orElseThrow().getVersion()))
			.param("coverMediaId", String.valueOf(item.getId())));
		assertThat(articles.findById(article.getId()).orElseThrow().getCoverMediaId()).isNull();
		String form = mvc.perform(get("/admin/actualites/" + article.getId()).with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"coverMediaId\"").doesNotContain("data-id=\"" + item.getId() + "\"");
		String picker = mvc.perform(get("/admin/medias/choix").param("type", "image").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(picker).doesNotContain("data-id=\"" + item.getId() + "\"");
	}

	@Test
	void theEditorsPickerShowsPagesOfDescribedImagesNewestFirstWithThumbnailsAndNothingChosen() throws Exception {
		var editor = fixtures.editor(EditorialRole.EDITEUR);
		MediaItem older = uploadDescribed(editor, "marche.jpg", TestImages.jpeg(900, 600),
				"Marche de sensibilisation à Bouaké");
		MediaItem newer = uploadDescribed(editor, "atelier.jpg", TestImages.jpeg(1000, 700),
				"Atelier des femmes leaders à Daloa");
		String all = mvc.perform(get("/admin/medias/choix").param("type", "image").with(user(editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("src=\"" + MediaPaths.path(newer.getContentHash(), 360, "jpg") + "\"")
			.contains("data-src=\"" + MediaPaths.path(older.getContentHash(), 720, "jpg") + "\"")
			.doesNotContain("aria-pressed=\"true\"");
		assertThat(all.indexOf("Atelier des femmes")).isLessThan(all.indexOf("Marche de sensibilisation"));

		String found = mvc
			.perform(get("/admin/medias/choix").param("type", "image").param("q", "bouaké").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("Marche de sensibilisation").doesNotContain("Atelier des femmes");

		String editorPage = mvc.perform(get("/admin/actualites/nouvelle").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(editorPage).contains("data-picker-open=\"image\"")
			.doesNotContain("Atelier des femmes")
			.doesNotContain("<select id=\"coverMediaId\"");
	}

	@Test
	void aVisitorOrAnAccountWithoutWritingRightsCannotBrowseThePicker() throws Exception {
		mvc.perform(get("/admin/medias/choix")).andExpect(status().is3xxRedirection());
	}

	private MediaItem uploadDescribed(org.cohesion.portal.accounts.internal.AccountPrincipal editor, String name,
			byte[] content, String alt) throws Exception {
		mvc.perform(multipart("/admin/medias").file(new MockMultipartFile("files", name, "image/jpeg", content))
			.with(user(editor))
			.with(csrf()));
		MediaItem item = Processing.awaitProcessed(items, name);
		mvc.perform(post("/admin/medias/" + item.getId()).with(user(editor)).with(csrf()).param("alt", alt));
		return items.findById(item.getId()).orElseThrow();
	}

}
