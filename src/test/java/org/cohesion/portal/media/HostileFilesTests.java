package org.cohesion.portal.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile and awkward files through the back office's upload and the public download: a
 * PDF hiding a page after its end, PDFs carrying an action in every place one can hide,
 * animated and HEIC images, names with invisible characters, and an image whose
 * processing fails, followed, retried and deleted by the Rédacteur who sent it.
 */
@IntegrationTest
class HostileFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaItemRepository items;

	@Autowired
	MediaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void emptyLibrary() throws IOException {
		LibraryReset.reset(jdbc, properties.root());
	}

	@Test
	void aPdfHidingAPageAfterItsEndIsRefusedWhateverItsName() throws Exception {
		ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
		polyglot.write(pdf(document -> {
		}));
		polyglot.write("\n<html><body><script>fetch('/admin').then(r => r.text())</script></body></html>"
			.getBytes(StandardCharsets.UTF_8));

		String alert = alertOf(upload("x.html", polyglot.toByteArray()));

		assertThat(alert).contains("«\u00a0x.html\u00a0»").contains("cache une page web");
		assertThat(items.count()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aDocumentIsDownloadedUnderTheExtensionOfItsTypeNotTheUploadersOne() throws Exception {
		upload("rapport.html", pdf(document -> {
		}));
		MediaItem item = items.findAll().get(0);

		MockHttpServletResponse served = mvc.perform(get(MediaPaths.documentPath(item.getContentHash())))
			.andReturn()
			.getResponse();

		assertThat(served.getContentType()).isEqualTo("application/pdf");
		assertThat(served.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("rapport.pdf")
			.doesNotContain(".html");
	}

	static Stream<Arguments> activePdfs() {
		return Stream.of(
				Arguments.of("ouverture",
						(PdfContent) document -> document.getDocumentCatalog().setOpenAction(script())),
				Arguments.of("scripts nommés", (PdfContent) document -> {
					PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
					scripts.setNames(java.util.Map.of("init", script()));
					PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
					names.setJavascript(scripts);
					document.getDocumentCatalog().setNames(names);
				}), Arguments.of("action de page", (PdfContent) document -> {
					PDPageAdditionalActions actions = new PDPageAdditionalActions();
					actions.setO(script());
					document.getPage(0).setActions(actions);
				}), Arguments.of("lien JavaScript", (PdfContent) document -> link(document, script())),
				Arguments.of("lien qui lance un programme", (PdfContent) document -> {
					PDActionLaunch launch = new PDActionLaunch();
					launch.getCOSObject().setString(COSName.F, "cmd.exe");
					link(document, launch);
				}), Arguments.of("champ de formulaire", (PdfContent) document -> {
					PDAcroForm form = new PDAcroForm(document);
					document.getDocumentCatalog().setAcroForm(form);
					PDTextField field = new PDTextField(form);
					field.setPartialName("nom");
					PDAnnotationWidget widget = field.getWidgets().get(0);
					widget.setRectangle(new PDRectangle(50, 50, 200, 20));
					widget.setPage(document.getPage(0));
					widget.setAction(script());
					field.getCOSObject().setItem(COSName.AA, new COSDictionary());
					((COSDictionary) field.getCOSObject().getDictionaryObject(COSName.AA)).setItem(COSName.K, script());
					document.getPage(0).getAnnotations().add(widget);
					form.getFields().add(field);
				}), Arguments.of("signet", (PdfContent) document -> {
					PDDocumentOutline outline = new PDDocumentOutline();
					PDOutlineItem item = new PDOutlineItem();
					item.setTitle("Sommaire");
					item.setAction(script());
					outline.addLast(item);
					document.getDocumentCatalog().setDocumentOutline(outline);
				}), Arguments.of("fichier joint", (PdfContent) document -> {
					try {
						PDEmbeddedFile file = new PDEmbeddedFile(document,
								new ByteArrayInputStream("MZ programme".getBytes(StandardCharsets.US_ASCII)));
						PDComplexFileSpecification specification = new PDComplexFileSpecification();
						specification.setFile("programme.exe");
						specification.setEmbeddedFile(file);
						PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
						files.setNames(java.util.Map.of("programme.exe", specification));
						PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
						names.setEmbeddedFiles(files);
						document.getDocumentCatalog().setNames(names);
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}), Arguments.of("formulaire XFA", (PdfContent) document -> {
					PDAcroForm form = new PDAcroForm(document);
					form.setXFA(new PDXFAResource(new org.apache.pdfbox.cos.COSString("<xdp:xdp/>")));
					document.getDocumentCatalog().setAcroForm(form);
				}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("activePdfs")
	void noActiveContentSurvivesInAnAcceptedPdf(String where, PdfContent activeContent) throws Exception {
		byte[] hostile = pdf(document -> {
			activeContent.add(document);
			PDActionURI site = new PDActionURI();
			site.setURI("https://www.example.org/rapport");
			link(document, site);
		});
		assertThat(activeParts(hostile)).as("the test PDF carries active content").isNotEmpty();

		String notice = (String) upload("rapport.pdf", hostile).getFlashMap().get("notice");
		MediaItem item = items.findAll().get(0);
		byte[] served = mvc.perform(get(MediaPaths.documentPath(item.getContentHash())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(notice).contains("contenu actif").contains("retiré");
		assertThat(activeParts(served)).isEmpty();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("app.alert")
			.doesNotContain("MZ programme");
		try (PDDocument document = Loader.loadPDF(served)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getAnnotations())
				.anySatisfy(annotation -> assertThat(annotation).isInstanceOfSatisfying(PDAnnotationLink.class,
						link -> assertThat(link.getAction()).isInstanceOfSatisfying(PDActionURI.class,
								uri -> assertThat(uri.getURI()).isEqualTo("https://www.example.org/rapport"))));
		}
	}

	@Test
	void animatedAndHeicImagesAreRefusedWithTheirReasonAndAHint() throws Exception {
		assertThat(alertOf(upload("anime.webp", TestImages.animatedWebp())))
			.contains("les images animées ne sont pas acceptées");
		assertThat(alertOf(upload("IMG_0042.HEIC", TestImages.heic()))).contains("HEIC")
			.contains("Le plus compatible")
			.contains("JPEG");
		assertThat(items.count()).isZero();
	}

	@Test
	void cmykJpegsAreAcceptedAndProcessed() throws Exception {
		upload("affiche-cmjn.jpg", TestImages.cmykJpeg(800, 600, false, false));
		upload("affiche-ycck.jpg", TestImages.cmykJpeg(800, 600, true, false));

		assertThat(Processing.awaitProcessed(items, "affiche-cmjn.jpg").getStatus()).isEqualTo(MediaStatus.READY);
		assertThat(Processing.awaitProcessed(items, "affiche-ycck.jpg").getStatus()).isEqualTo(MediaStatus.READY);
	}

	@Test
	void invisibleCharactersAreStrippedFromNames() throws Exception {
		// U+202E turns "photo‮gnp.exe" into what reads as "photoexe.png"
		upload("photo\u202Egnp.exe\u0000.png", TestImages.png(40, 30));

		assertThat(items.findAll()).singleElement()
			.satisfies(item -> assertThat(item.getOriginalName()).isEqualTo("photognp.exe.png"));
	}

	@Test
	void aFailedImageIsReportedByTheStatusEndpointThenRetriedAndDeletedByItsUploader() throws Exception {
		// Passes every check at upload (header, CRCs, size), but its pixel data is empty.
		byte[] broken = TestImages.pngDeclaring(300, 200);
		var redacteur = fixtures.editor(EditorialRole.REDACTEUR);
		String accepted = (String) upload("cassee.png", broken, redacteur).getFlashMap().get("notice");
		assertThat(accepted).contains("en cours de préparation");
		MediaItem failed = Processing.awaitProcessed(items, "cassee.png");
		assertThat(failed.getStatus()).isEqualTo(MediaStatus.FAILED);

		String status = mvc.perform(get("/admin/medias/statut?ids=" + failed.getId()).with(user(redacteur)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).contains("\"status\":\"FAILED\"")
			.contains("\"done\":true")
			.contains("«\u00a0cassee.png\u00a0» est refusé")
			.contains("n’a pas pu être décodée");
		String page = mvc.perform(get("/admin/medias/" + failed.getId()).with(user(redacteur)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/reessayer").contains("/supprimer");

		String again = (String) upload("cassee.png", broken, redacteur).getFlashMap().get("notice");
		assertThat(again).contains("son traitement est relancé").doesNotContain("déjà dans la médiathèque");
		assertThat(Processing.awaitProcessed(items, "cassee.png").getStatus()).isEqualTo(MediaStatus.FAILED);

		mvc.perform(post("/admin/medias/" + failed.getId() + "/reessayer").with(user(redacteur)).with(csrf()));
		assertThat(Processing.awaitProcessed(items, "cassee.png").getStatus()).isEqualTo(MediaStatus.FAILED);

		mvc.perform(post("/admin/medias/" + failed.getId() + "/supprimer").with(user(redacteur)).with(csrf()));
		assertThat(items.findById(failed.getId())).isEmpty();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aRedacteurCannotDeleteAReadyItem() throws Exception {
		upload("atelier.png", TestImages.png(400, 300));
		MediaItem ready = Processing.awaitProcessed(items, "atelier.png");

		int status = mvc
			.perform(post("/admin/medias/" + ready.getId() + "/supprimer")
				.with(user(fixtures.editor(EditorialRole.REDACTEUR)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(403);
		assertThat(items.findById(ready.getId())).isPresent();
	}

	/** Every active part left in a PDF: keys that run or carry something, and actions. */
	static List<String> activeParts(byte[] pdf) throws IOException {
		List<String> found = new java.util.ArrayList<>();
		Set<COSName> active = Set.of(COSName.AA, COSName.OPEN_ACTION, COSName.JS, COSName.JAVA_SCRIPT,
				COSName.EMBEDDED_FILES, COSName.XFA, COSName.EF);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			Deque<COSBase> pending = new ArrayDeque<>();
			pending.push(document.getDocument().getTrailer());
			while (!pending.isEmpty()) {
				COSBase base = pending.pop();
				if (base instanceof COSObject reference) {
					base = reference.getObject();
				}
				if (base == null || !seen.add(base)) {
					continue;
				}
				if (base instanceof COSDictionary dictionary) {
					dictionary.keySet().stream().filter(active::contains).forEach(key -> found.add(key.getName()));
					String action = dictionary.getNameAsString(COSName.S);
					if (action != null && !Set.of("GoTo", "URI", "Named").contains(action)
							&& (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.F)
									|| "Action".equals(dictionary.getNameAsString(COSName.TYPE)))) {
						found.add("action " + action);
					}
					dictionary.getValues().forEach(pending::push);
				}
				else if (base instanceof COSArray array) {
					array.forEach(pending::push);
				}
			}
		}
		return found;
	}

	private static PDActionJavaScript script() {
		return new PDActionJavaScript("app.alert('bonjour');");
	}

	private static void link(PDDocument document, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
		try {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			link.setAction(action);
			document.getPage(0).getAnnotations().add(link);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Something added to a test PDF. */
	interface PdfContent {

		void add(PDDocument document) throws IOException;

	}

	private static byte[] pdf(PdfContent content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			content.add(document);
			document.save(out);
		}
		return out.toByteArray();
	}

	private org.springframework.test.web.servlet.MvcResult upload(String name, byte[] content) throws Exception {
		return upload(name, content, fixtures.editor(EditorialRole.REDACTEUR));
	}

	private org.springframework.test.web.servlet.MvcResult upload(String name, byte[] content,
			org.cohesion.portal.accounts.internal.AccountPrincipal editor) throws Exception {
		return mvc
			.perform(multipart("/admin/medias")
				.file(new MockMultipartFile("files", name, "application/octet-stream", content))
				.with(user(editor))
				.with(csrf()))
			.andReturn();
	}

	private static String alertOf(org.springframework.test.web.servlet.MvcResult result) {
		return (String) result.getFlashMap().get("alert");
	}

	private List<Path> storedFiles() throws IOException {
		Path root = properties.root();
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
