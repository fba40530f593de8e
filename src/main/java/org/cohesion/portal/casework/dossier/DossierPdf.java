package org.cohesion.portal.casework.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the printed case file with PDFBox: A4, DejaVu Sans embedded (a subset: the
 * glyphs used), headings, facts ("label : value"), paragraphs and list items, wrapped and
 * paginated; then, on every page, the watermark — a light diagonal text and a footer line
 * naming who printed it, when, the print reference and the confidentiality notice. The
 * Standard 14 fonts are not used: they cannot encode « », U+00A0 or U+202F.
 */
final class DossierPdf {

	/** A section of the file: a heading and what it holds. */
	record Section(String title, List<Block> blocks) {
	}

	/** Something a section holds. */
	sealed interface Block permits Fact, Paragraph, Item, Subheading {

	}

	/** "Label : value" on one line (wrapped if long). */
	record Fact(String label, String value) implements Block {
	}

	/** Free text, paragraphs split on line breaks. */
	record Paragraph(String text) implements Block {
	}

	/** A line of a list. */
	record Item(String text) implements Block {
	}

	/** A heading inside a section (a referral, an action of the plan). */
	record Subheading(String text) implements Block {
	}

	/** Who printed, when, the print's reference: on every page. */
	record Watermark(String printer, String role, String when, String printRef, String notice) {
	}

	private static final String REGULAR = "/casework/fonts/DejaVuSans.ttf";

	private static final String BOLD = "/casework/fonts/DejaVuSans-Bold.ttf";

	private static final byte[] REGULAR_BYTES = resource(REGULAR);

	private static final byte[] BOLD_BYTES = resource(BOLD);

	private static final float MARGIN = 56;

	private static final float FOOTER = 54;

	private static final float BODY = 10;

	private final PDDocument document;

	private final PDType0Font regular;

	private final PDType0Font bold;

	private final Map<Integer, Boolean> encodable = new HashMap<>();

	private @Nullable PDPageContentStream stream;

	private float y;

	private DossierPdf(PDDocument document) throws IOException {
		this.document = document;
		this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR_BYTES));
		this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD_BYTES));
	}

	static byte[] render(String title, List<String> lead, List<Section> sections, Watermark watermark) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(watermark.notice());
			information.setCreationDate(Calendar.getInstance());
			DossierPdf pdf = new DossierPdf(document);
			pdf.newPage();
			pdf.lines(title, pdf.bold, 15, 0, 6);
			for (String line : lead) {
				pdf.lines(line, pdf.regular, BODY, 0, 2);
			}
			pdf.y -= 8;
			for (Section section : sections) {
				pdf.section(section);
			}
			pdf.close();
			pdf.watermark(watermark);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void section(Section section) throws IOException {
		if (y < FOOTER + 80) {
			newPage();
		}
		y -= 6;
		lines(section.title(), bold, 12.5f, 0, 4);
		for (Block block : section.blocks()) {
			if (block instanceof Fact fact) {
				lines(fact.label() + "\u00a0: " + fact.value(), regular, BODY, 0, 2);
			}
			else if (block instanceof Paragraph paragraph) {
				for (String part : paragraph.text().split("\\R")) {
					lines(part.isBlank() ? " " : part, regular, BODY, 0, 2);
				}
				y -= 3;
			}
			else if (block instanceof Item item) {
				lines("•\u00a0" + item.text(), regular, BODY, 10, 2);
			}
			else if (block instanceof Subheading heading) {
				y -= 3;
				lines(heading.text(), bold, BODY, 0, 2);
			}
		}
		y -= 6;
	}

	/** Writes the text wrapped to the page's width, starting a new page when full. */
	private void lines(String text, PDType0Font font, float size, float indent, float after) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
		for (String line : wrap(clean(text, font), font, size, width)) {
			if (y - size < FOOTER) {
				newPage();
			}
			y -= size * 1.3f;
			PDPageContentStream content = current();
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(MARGIN + indent, y);
			content.showText(line);
			content.endText();
		}
		y -= after;
	}

	private List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ", -1)) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width || line.isEmpty() && width(word, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			// a word longer than the line is cut
			String rest = word;
			while (width(rest, font, size) > width) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(String text, PDType0Font font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * The text with what the font cannot draw replaced: control characters by a space,
	 * anything without a glyph (an emoji in a note) by "?".
	 */
	private String clean(String text, PDType0Font font) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || cp == '\u2028' || cp == '\u2029') {
				clean.append(' ');
			}
			else if (encodable.computeIfAbsent(cp, c -> encodes(font, c) && encodes(bold, c))) {
				clean.appendCodePoint(cp);
			}
			else {
				clean.append('?');
			}
		});
		return clean.toString();
	}

	private static boolean encodes(PDType0Font font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private PDPageContentStream current() throws IOException {
		if (stream == null) {
			newPage();
		}
		return java.util.Objects.requireNonNull(stream);
	}

	private void newPage() throws IOException {
		close();
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void close() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}

	/** On every page, over the content: the diagonal text and the footer. */
	private void watermark(Watermark watermark) throws IOException {
		int pages = document.getNumberOfPages();
		String diagonal = clean(watermark.printer() + " — " + watermark.when(), regular);
		String diagonalRef = clean(watermark.printRef() + " — " + watermark.notice(), regular);
		String footer = clean("Imprimé par " + watermark.printer() + " (" + watermark.role() + ") le "
				+ watermark.when() + " — référence " + watermark.printRef(), regular);
		for (int i = 0; i < pages; i++) {
			PDPage page = document.getPage(i);
			PDRectangle box = page.getMediaBox();
			try (PDPageContentStream content = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				PDExtendedGraphicsState light = new PDExtendedGraphicsState();
				light.setNonStrokingAlphaConstant(0.14f);
				content.saveGraphicsState();
				content.setGraphicsStateParameters(light);
				content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
				double angle = Math.atan2(box.getHeight(), box.getWidth());
				float diagonalLength = (float) Math.hypot(box.getWidth(), box.getHeight()) - 2 * MARGIN;
				float size = Math.min(26,
						diagonalLength / Math.max(width(diagonal, regular, 1), width(diagonalRef, regular, 1)));
				diagonal(content, diagonal, size, box, angle, size * 0.7f);
				diagonal(content, diagonalRef, size, box, angle, -size * 0.9f);
				content.restoreGraphicsState();

				content.setNonStrokingColor(0.25f, 0.25f, 0.25f);
				float footerSize = 7.5f;
				float width = box.getWidth() - 2 * MARGIN;
				List<String> lines = new ArrayList<>(wrap(footer, regular, footerSize, width));
				lines.add(clean(watermark.notice() + " — page " + (i + 1) + "\u00a0/\u00a0" + pages, regular));
				float line = MARGIN - 22 + (lines.size() - 1) * footerSize * 1.3f;
				content.setLineWidth(0.4f);
				content.moveTo(MARGIN, line + footerSize * 1.5f);
				content.lineTo(box.getWidth() - MARGIN, line + footerSize * 1.5f);
				content.stroke();
				for (String text : lines) {
					content.beginText();
					content.setFont(regular, footerSize);
					content.newLineAtOffset(MARGIN, line);
					content.showText(text);
					content.endText();
					line -= footerSize * 1.3f;
				}
			}
		}
	}

	/** A line along the page's diagonal, centred, shifted across it by {@code offset}. */
	private void diagonal(PDPageContentStream content, String text, float size, PDRectangle box, double angle,
			float offset) throws IOException {
		float half = width(text, regular, size) / 2;
		double cx = box.getWidth() / 2 - Math.sin(angle) * offset;
		double cy = box.getHeight() / 2 + Math.cos(angle) * offset;
		float x = (float) (cx - Math.cos(angle) * half);
		float yy = (float) (cy - Math.sin(angle) * half);
		content.beginText();
		content.setFont(regular, size);
		content.setTextMatrix(Matrix.getRotateInstance(angle, x, yy));
		content.showText(text);
		content.endText();
	}

	private static byte[] resource(String path) {
		try (InputStream in = DossierPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
