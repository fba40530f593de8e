package org.cohesion.portal.media;

import java.io.IOException;
import java.util.List;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.media.domain.GalleryImage;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.internal.MediaProperties;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Galleries in the back office without JavaScript: images added from the library, then
 * captioned, moved and removed with the form's buttons; the public page follows the
 * order, and an undescribed image is neither offered nor shown.
 */
@IntegrationTest
class GalleryAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaItemRepository items;

	@Autowired
	GalleryRepository galleries;

	@Autowired
	MediaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	@AfterEach
	void reset() throws IOException {
		LibraryReset.reset(jdbc, properties.root());
	}

	@Test
	void editorAddsCaptionsReordersAndRemovesImages() throws Exception {
		var editor = fixtures.editor(EditorialRole.EDITEUR);
		long a = upload(editor, "a.png", 300, "Photo A");
		long b = upload(editor, "b.png", 320, "Photo B");
		long c = upload(editor, "c.png", 340, "Photo C");
		long hidden = upload(editor, "d.png", 360, null);

		String form = mvc.perform(get("/admin/galeries/nouvelle").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"" + a + "\"").doesNotContain("id=\"add-" + hidden + "\"");

		mvc.perform(post("/admin/galeries/nouvelle").with(user(editor))
			.with(csrf())
			.param("title", "Journée de l’enfant")
			.param("date", "2026-06-16")
			.param("add", String.valueOf(a), String.valueOf(b), String.valueOf(c), String.valueOf(hidden)));
		long id = galleries.findAll().get(0).getId();
		assertThat(order(id)).containsExactly(a, b, c);

		save(editor, id, "down:0", "Légende A", "Légende B", "Légende C");
		assertThat(order(id)).containsExactly(b, a, c);
		// drag and drop sends the whole new order (positions before the move); a stale or
		// malformed order moves nothing
		save(editor, id, "order:2,0,1", "Légende B", "Légende A", "Légende C");
		assertThat(order(id)).containsExactly(c, b, a);
		save(editor, id, "order:0,0,1", "Légende C", "Légende B", "Légende A");
		save(editor, id, "order:1,0", "Légende C", "Légende B", "Légende A");
		assertThat(order(id)).containsExactly(c, b, a);
		save(editor, id, "order:1,2,0", "Légende C", "Légende B", "Légende A");
		assertThat(order(id)).containsExactly(b, a, c);

		save(editor, id, "remove:2", "Légende B", "Légende A", "Légende C");
		assertThat(order(id)).containsExactly(b, a);
		List<String> captions = transactions.execute(status -> galleries.findById(id)
			.orElseThrow()
			.getImages()
			.stream()
			.map(GalleryImage::getCaption)
			.toList());
		assertThat(captions).containsExactly("Légende B", "Légende A");

		String page = mvc.perform(get("/galeries/journee-de-l-enfant")).andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Légende B")).isPositive().isLessThan(page.indexOf("Légende A"));
		assertThat(page).contains("loading=\"lazy\"").contains("width=\"").contains("srcset=\"");
		assertThat(mvc.perform(get("/galeries")).andReturn().getResponse().getContentAsString())
			.contains("Journée de l’enfant");
		assertThat(mvc.perform(get("/galeries/inconnue")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private void save(Object editor, long id, String action, String... captions) throws Exception {
		var request = post("/admin/galeries/" + id)
			.with(user((org.cohesion.portal.accounts.internal.AccountPrincipal) editor))
			.with(csrf())
			.param("title", "Journée de l’enfant")
			.param("date", "2026-06-16")
			.param("action", action);
		for (int i = 0; i < captions.length; i++) {
			request.param("captions[" + i + "]", captions[i]);
		}
		mvc.perform(request);
	}

	private List<Long> order(long id) {
		return transactions.execute(status -> galleries.findById(id)
			.orElseThrow()
			.getImages()
			.stream()
			.map(GalleryImage::getMediaId)
			.toList());
	}

	private long upload(org.cohesion.portal.accounts.internal.AccountPrincipal editor, String name, int width,
			String alt) throws Exception {
		mvc.perform(multipart("/admin/medias")
			.file(new MockMultipartFile("files", name, "image/png", TestImages.png(width, 200)))
			.with(user(editor))
			.with(csrf()));
		MediaItem item = Processing.awaitProcessed(items, name);
		if (alt != null) {
			mvc.perform(post("/admin/medias/" + item.getId()).with(user(editor)).with(csrf()).param("alt", alt));
		}
		return item.getId();
	}

}
