package org.cohesion.portal.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.internal.MediaProperties;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
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
 * Uploads through the back office, end to end: hostile files are refused with a French
 * message and leave nothing behind; a phone photo is re-encoded without its EXIF (GPS
 * included), at every width, and served with immutable cache headers; PDFs are served as
 * sandboxed downloads; an item in use cannot be deleted.
 */
@IntegrationTest
class MediaUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaItemRepository items;

	@Autowired
	MediaProperties properties;

	@Autowired
	MediaUsages usages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	@AfterEach
	void emptyLibrary() throws IOException {
		LibraryReset.reset(jdbc, properties.root());
	}

	static Stream<Arguments> hostileFiles() throws IOException {
		byte[] jpeg = TestImages.jpeg(800, 600);
		byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
		byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
		polyglot.write(TestImages.png(64, 64));
		polyglot.write("<html><script>fetch('/admin')</script></html>".getBytes(StandardCharsets.UTF_8));
		byte[] oversized = new byte[21 * 1024 * 1024];
		System.arraycopy(jpeg, 0, oversized, 0, jpeg.length);
		return Stream.of(Arguments.of("tronquee.jpg", truncated, "est incomplet"),
				Arguments.of("bombe.png", TestImages.pngDeclaring(100_000, 100_000), "pixels"),
				Arguments.of("page.jpg", html, "page web"), Arguments.of("dessin.jpg", svg, "page web"),
				Arguments.of("polyglotte.png", polyglot.toByteArray(), "cache du code"),
				Arguments.of("enorme.jpg", oversized, "dépasse la taille maximale"),
				Arguments.of("texte.jpg", "juste du texte".getBytes(StandardCharsets.UTF_8), "ni une image"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void hostileFilesAreRefusedWithAMessageAndLeaveNothingBehind(String name, byte[] content, String message)
			throws Exception {
		MockHttpServletResponse response = upload(name, content, "image/jpeg");

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/medias");
		String alert = (String) mvc
			.perform(post("/admin/medias").with(user(fixtures.editor(EditorialRole.REDACTEUR))).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("alert");
		assertThat(alert).as("an upload without a file").isEqualTo("Choisissez au moins un fichier à déposer.");
		assertThat(flashOf(name, content)).contains(message).contains(name);
		assertThat(items.count()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aPhoneJpegIsServedUprightAtEveryWidthWithoutItsGpsPosition() throws Exception {
		byte[] photo = TestImages.jpegWithGps(2400, 1600);
		Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo carries GPS").isNotNull();

		upload("IMG_0042.jpg", photo, "image/jpeg");
		MediaItem item = awaitProcessed();

		assertThat(item.getStatus()).isEqualTo(MediaStatus.READY);
		// orientation 6: shown as 1600 wide, 2400 high
		assertThat(item.getWidth()).isEqualTo(1600);
		assertThat(item.getHeight()).isEqualTo(2400);
		for (int width : MediaPaths.widths(item.getWidth())) {
			for (String extension : item.hasWebp() ? new String[] { "jpg", "webp" } : new String[] { "jpg" }) {
				MockHttpServletResponse served = mvc
					.perform(get(MediaPaths.path(item.getContentHash(), width, extension)))
					.andReturn()
					.getResponse();
				assertThat(served.getStatus()).isEqualTo(200);
				assertThat(served.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
				assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
				byte[] bytes = served.getContentAsByteArray();
				Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
				assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("%d %s", width, extension).isNull();
				assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
				if ("jpg".equals(extension)) {
					var decoded = ImageIO.read(new ByteArrayInputStream(bytes));
					assertThat(decoded.getWidth()).isEqualTo(width);
					assertThat(decoded.getHeight()).isGreaterThan(decoded.getWidth());
				}
				if (width == 360) {
					assertThat(bytes.length).as("360 px %s", extension).isLessThan(60 * 1024);
				}
			}
		}
		assertThat(mvc.perform(get("/media/" + item.getContentHash().substring(0, 24) + "-9999.jpg"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aPdfIsServedAsASandboxedDownload() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}
		upload("Communiqué n°12.pdf", pdf.toByteArray(), "application/pdf");
		MediaItem item = items.findAll().get(0);
		assertThat(item.getStatus()).isEqualTo(MediaStatus.READY);

		MockHttpServletResponse response = mvc.perform(get(MediaPaths.documentPath(item.getContentHash())))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		// the copy rewritten without active content, the same document
		try (PDDocument served = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(served.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void anItemInUseCannotBeDeleted() throws Exception {
		upload("rapport.png", TestImages.png(400, 300), "image/png");
		MediaItem item = awaitProcessed();
		transactions.executeWithoutResult(
				status -> usages.replace("article", 99, java.util.List.of(item.getId()), "Actualité : essai", null));

		var admin = fixtures.editor(EditorialRole.ADMINISTRATEUR);
		mvc.perform(post("/admin/medias/" + item.getId() + "/supprimer").with(user(admin)).with(csrf()));
		assertThat(items.findById(item.getId())).isPresent();
		String page = mvc.perform(get("/admin/medias/" + item.getId()).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Actualité : essai");

		transactions.executeWithoutResult(status -> usages.release("article", 99));
		mvc.perform(post("/admin/medias/" + item.getId() + "/supprimer").with(user(admin)).with(csrf()));
		assertThat(items.findById(item.getId())).isEmpty();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void anImageAppearsOnPublicPagesOnlyOnceDescribed() throws Exception {
		upload("atelier.jpg", TestImages.jpeg(1200, 800), "image/jpeg");
		MediaItem item = awaitProcessed();
		MediaApi api = (MediaApi) usages;
		assertThat(api.image(item.getId())).isEmpty();

		mvc.perform(post("/admin/medias/" + item.getId()).with(user(fixtures.editor(EditorialRole.EDITEUR)))
			.with(csrf())
			.param("alt", "Atelier de formation des travailleurs sociaux à Bouaké")
			.param("caption", "Ouverture de l’atelier")
			.param("credit", "Service communication"));

		assertThat(api.image(item.getId())).get()
			.satisfies(image -> assertThat(image.srcset()).contains("360w").contains("1080w").contains("1200w"));
	}

	@Test
	void theLibraryFindsItemsByTextTypeMonthAndUse() throws Exception {
		upload("atelier-bouake.png", TestImages.png(300, 200), "image/png");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}
		upload("rapport-annuel.pdf", pdf.toByteArray(), "application/pdf");
		MediaItem report = items.findAll()
			.stream()
			.filter(i -> i.getOriginalName().endsWith(".pdf"))
			.findFirst()
			.orElseThrow();
		transactions.executeWithoutResult(
				status -> usages.replace("article", 7, java.util.List.of(report.getId()), "Actualité : bilan", null));
		var editor = fixtures.editor(EditorialRole.REDACTEUR);

		assertThat(library(editor, "q=BOUAKE")).contains("atelier-bouake.png").doesNotContain("rapport-annuel.pdf");
		assertThat(library(editor, "type=document")).contains("rapport-annuel.pdf").doesNotContain("atelier-bouake");
		assertThat(library(editor, "usage=used")).contains("rapport-annuel.pdf")
			.contains("Actualité : bilan")
			.doesNotContain("atelier-bouake");
		assertThat(library(editor, "usage=unused")).contains("atelier-bouake.png").doesNotContain("rapport-annuel");
		assertThat(library(editor, "month=2001-01")).doesNotContain("atelier-bouake").doesNotContain("rapport-annuel");
		assertThat(library(editor, "q=100%25_x")).doesNotContain("atelier-bouake");
	}

	private String library(org.cohesion.portal.accounts.internal.AccountPrincipal editor, String query)
			throws Exception {
		return mvc.perform(get("/admin/medias?" + query).with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String flashOf(String name, byte[] content) throws Exception {
		return (String) mvc
			.perform(multipart("/admin/medias").file(new MockMultipartFile("files", name, "image/jpeg", content))
				.with(user(fixtures.editor(EditorialRole.REDACTEUR)))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("alert");
	}

	private MockHttpServletResponse upload(String name, byte[] content, String type) throws Exception {
		return mvc
			.perform(multipart("/admin/medias").file(new MockMultipartFile("files", name, type, content))
				.with(user(fixtures.editor(EditorialRole.REDACTEUR)))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	/** Waits for the background worker to finish the one upload in the library. */
	private MediaItem awaitProcessed() throws InterruptedException {
		return Processing.awaitProcessed(items, items.findAll().get(0).getOriginalName());
	}

	private java.util.List<Path> storedFiles() throws IOException {
		Path root = properties.root();
		if (!Files.exists(root)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
