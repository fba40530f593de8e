package org.cohesion.portal.media.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.apache.pdfbox.Loader;
import org.cohesion.portal.media.MediaPaths;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides what an uploaded file is from its bytes, never from its name or declared type,
 * and refuses anything it cannot vouch for: types other than JPEG, PNG, WebP and PDF;
 * markup (HTML, SVG, script) in any disguise; images whose structure is cut short; images
 * whose declared size would blow up the heap once decoded (read from the header, before a
 * single pixel is, and against the {@link DecodeBudget}); animated images; PDFs that do
 * not parse, are locked by a password or hide markup (an HTML page after their end). The
 * pixels themselves are decoded later, in the background, where a failure marks the item
 * as failed and removes its file.
 */
class ContentInspector {

	/** What a file turned out to be. */
	record Inspection(String format, String contentType, String extension, int width, int height, int orientation) {

		boolean isDocument() {
			return "pdf".equals(format);
		}

		/** Orientations 5 to 8 turn the image a quarter: width and height swap. */
		int displayWidth() {
			return orientation >= 5 ? height : width;
		}

		int displayHeight() {
			return orientation >= 5 ? width : height;
		}

	}

	/** Markup that a browser would run if it ever took the file for a page. */
	private static final List<byte[]> ACTIVE_CONTENT = List
		.of("<script", "<html", "<svg", "<iframe", "<?php", "<body", "<!doctype", "javascript:", "<object", "<embed")
		.stream()
		.map(marker -> marker.getBytes(StandardCharsets.US_ASCII))
		.toList();

	private final MediaProperties properties;

	private final DecodeBudget budget;

	ContentInspector(MediaProperties properties, DecodeBudget budget) {
		this.properties = properties;
		this.budget = budget;
	}

	Inspection inspect(Path file, String name) throws MediaRefused, IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new MediaRefused("media.refused.empty", name);
		}
		if (size > properties.maxFileSize().toBytes()) {
			throw new MediaRefused("media.refused.tooLarge", name, properties.maxFileSize().toMegabytes());
		}
		byte[] head = new byte[16];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (startsWith(head, read, 0xFF, 0xD8, 0xFF)) {
			JpegFrame frame = checkJpegStructure(file, name);
			Inspection inspection = image(file, name, "jpeg", "image/jpeg", "jpg");
			// libjpeg keeps every coefficient of a progressive JPEG (2 bytes per sample),
			// however small the output.
			if (frame.progressive() && !budget.fitsWholeFrame(frame.pixels(), 2 * frame.components())) {
				throw new MediaRefused("media.refused.progressiveTooLarge", name, inspection.width(),
						inspection.height(), budget.wholeFrameMegapixels(2 * frame.components()));
			}
			return inspection;
		}
		if (startsWith(head, read, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			checkPngStructure(file, name, size);
			return image(file, name, "png", "image/png", "png");
		}
		if (read >= 12 && startsWith(head, read, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E'
				&& head[10] == 'B' && head[11] == 'P') {
			WebpLayout layout = checkWebpStructure(file, name, size);
			if (layout.animated()) {
				throw new MediaRefused("media.refused.animated", name);
			}
			Inspection inspection = image(file, name, "webp", "image/webp", "webp");
			long pixels = (long) inspection.width() * inspection.height();
			// libwebp decodes a lossless frame whole (4 bytes a pixel), and a lossy
			// frame's
			// alpha plane whole (1 byte a pixel), before any scaling.
			int wholeFrame = layout.lossless() ? 4 : layout.alpha() ? 1 : 0;
			if (wholeFrame > 0 && !budget.fitsWholeFrame(pixels, wholeFrame)) {
				throw new MediaRefused("media.refused.losslessTooLarge", name, inspection.width(), inspection.height(),
						budget.wholeFrameMegapixels(wholeFrame));
			}
			return inspection;
		}
		if (startsWith(head, read, '%', 'P', 'D', 'F', '-')) {
			// Whatever follows the PDF's end (an HTML page, a script) or hides in it.
			if (containsActiveContent(file)) {
				throw new MediaRefused("media.refused.documentMarkup", name);
			}
			checkPdf(file, name);
			return new Inspection("pdf", "application/pdf", "pdf", 0, 0, 1);
		}
		if (isHeif(head, read)) {
			throw new MediaRefused("media.refused.heic", name);
		}
		if (looksLikeMarkup(head, read)) {
			throw new MediaRefused("media.refused.markup", name);
		}
		throw new MediaRefused("media.refused.type", name);
	}

	/**
	 * HEIC/HEIF (an ISO media file whose {@code ftyp} box names a HEIF brand): the
	 * iPhone's default. No well-kept Java decoder exists, so the editor is told how to
	 * send a JPEG.
	 */
	private static boolean isHeif(byte[] head, int read) {
		if (read < 12 || head[4] != 'f' || head[5] != 't' || head[6] != 'y' || head[7] != 'p') {
			return false;
		}
		String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
		return List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1").contains(brand);
	}

	private Inspection image(Path file, String name, String format, String contentType, String extension)
			throws MediaRefused, IOException {
		if (containsActiveContent(file)) {
			throw new MediaRefused("media.refused.polyglot", name);
		}
		int width;
		int height;
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = reader(format);
			try {
				reader.setInput(input, true, true);
				// The header only: no pixel is decoded before the size is known to be
				// safe.
				width = reader.getWidth(0);
				height = reader.getHeight(0);
			}
			catch (IOException | RuntimeException ex) {
				throw new MediaRefused("media.refused.undecodable", name);
			}
			finally {
				reader.dispose();
			}
		}
		if (width <= 0 || height <= 0 || width > properties.maxDimension() || height > properties.maxDimension()
				|| (long) width * height > properties.maxPixels()) {
			throw new MediaRefused("media.refused.dimensions", name, width, height, properties.maxDimension(),
					properties.maxPixels() / 1_000_000);
		}
		Inspection inspection = new Inspection(format, contentType, extension, width, height, orientation(file));
		// The largest derivative (1 600 px wide at most) is made whole in the heap too: a
		// very tall image would make it larger than a decode may be.
		int across = Math.min(inspection.displayWidth(), MediaPaths.WIDTHS.get(MediaPaths.WIDTHS.size() - 1));
		long derivative = (long) across * (((long) inspection.displayHeight() * across + inspection.displayWidth() - 1)
				/ inspection.displayWidth());
		if (derivative > budget.decodedPixels()) {
			throw new MediaRefused("media.refused.tooTall", name, inspection.displayWidth(),
					inspection.displayHeight());
		}
		return inspection;
	}

	static ImageReader reader(String format) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IOException("No ImageIO reader for " + format);
		}
		return readers.next();
	}

	/** The EXIF orientation (1 = as stored), 1 when absent or unreadable. */
	static int orientation(Path file) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
				return orientation >= 1 && orientation <= 8 ? orientation : 1;
			}
		}
		catch (Exception ex) {
			// unreadable metadata: the image is shown as stored
		}
		return 1;
	}

	/**
	 * Walks the JPEG's segments to its end-of-image marker: a file cut short (an
	 * interrupted transfer) has none. Segments are skipped by their length, so the EOI of
	 * an EXIF thumbnail does not count; bytes after the real EOI (some phones add a
	 * trailer) are allowed, and scanned for markup with the rest.
	 */
	/** What the JPEG's start-of-frame says. */
	record JpegFrame(boolean progressive, int components, int width, int height) {

		long pixels() {
			return (long) width * height;
		}

	}

	private static JpegFrame checkJpegStructure(Path file, String name) throws IOException, MediaRefused {
		JpegFrame frame = null;
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))) {
			in.readUnsignedShort(); // SOI
			boolean inScan = false;
			while (true) {
				int b = in.readUnsignedByte();
				if (b != 0xFF) {
					if (!inScan) {
						throw new MediaRefused("media.refused.undecodable", name);
					}
					continue;
				}
				int marker = in.readUnsignedByte();
				while (marker == 0xFF) {
					marker = in.readUnsignedByte();
				}
				if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
					continue; // stuffed byte, restart marker, TEM: still entropy-coded
								// data
				}
				if (marker == 0xD9) {
					if (frame == null) {
						throw new MediaRefused("media.refused.undecodable", name);
					}
					return frame;
				}
				int length = in.readUnsignedShort();
				if (length < 2) {
					throw new MediaRefused("media.refused.undecodable", name);
				}
				boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
						&& marker != 0xCC;
				if (startOfFrame && frame == null && length >= 8) {
					in.readUnsignedByte(); // sample precision
					int height = in.readUnsignedShort();
					int width = in.readUnsignedShort();
					int components = in.readUnsignedByte();
					// SOF2, 6, 10, 14: progressive
					frame = new JpegFrame(marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE,
							Math.max(1, components), width, height);
					in.skipNBytes(length - 8);
				}
				else {
					in.skipNBytes(length - 2);
				}
				inScan = marker == 0xDA;
			}
		}
		catch (EOFException ex) {
			throw new MediaRefused("media.refused.truncated", name);
		}
	}

	/** What the WebP's chunks say. */
	record WebpLayout(boolean animated, boolean lossless, boolean alpha) {
	}

	/**
	 * Walks the RIFF chunks of a WebP: a file shorter than it says is cut short; an
	 * animation (ANIM, ANMF or the VP8X flag) and the kind of frame are noted.
	 */
	private static WebpLayout checkWebpStructure(Path file, String name, long size) throws IOException, MediaRefused {
		boolean animated = false;
		boolean lossless = false;
		boolean alpha = false;
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))) {
			byte[] header = new byte[12];
			in.readFully(header);
			long declared = littleEndian(header, 4) + 8;
			if (declared > size) {
				throw new MediaRefused("media.refused.truncated", name);
			}
			long position = 12;
			byte[] chunk = new byte[8];
			while (position + 8 <= declared) {
				in.readFully(chunk);
				String type = new String(chunk, 0, 4, StandardCharsets.US_ASCII);
				long length = littleEndian(chunk, 4);
				long padded = length + (length & 1);
				if (position + 8 + length > declared) {
					throw new MediaRefused("media.refused.truncated", name);
				}
				switch (type) {
					case "VP8X" -> {
						int flags = length > 0 ? in.readUnsignedByte() : 0;
						animated |= (flags & 0x02) != 0;
						alpha |= (flags & 0x10) != 0;
						in.skipNBytes(Math.min(padded, declared - position - 8) - (length > 0 ? 1 : 0));
					}
					case "ANIM", "ANMF" -> {
						animated = true;
						in.skipNBytes(Math.min(padded, declared - position - 8));
					}
					case "VP8L" -> {
						lossless = true;
						in.skipNBytes(Math.min(padded, declared - position - 8));
					}
					case "ALPH" -> {
						alpha = true;
						in.skipNBytes(Math.min(padded, declared - position - 8));
					}
					default -> in.skipNBytes(Math.min(padded, declared - position - 8));
				}
				position += 8 + padded;
			}
		}
		catch (EOFException ex) {
			throw new MediaRefused("media.refused.truncated", name);
		}
		return new WebpLayout(animated, lossless, alpha);
	}

	private static long littleEndian(byte[] bytes, int at) {
		return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
				| (bytes[at + 3] & 0xFFL) << 24;
	}

	/**
	 * Walks the PNG's chunks, checking each CRC, to IEND; nothing may follow it (the
	 * classic place to hide a second file).
	 */
	private static void checkPngStructure(Path file, String name, long size) throws IOException, MediaRefused {
		long position = 8;
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))) {
			in.skipNBytes(8);
			byte[] buffer = new byte[65536];
			while (true) {
				long length = in.readInt() & 0xFFFFFFFFL;
				byte[] type = new byte[4];
				in.readFully(type);
				if (length > size) {
					throw new MediaRefused("media.refused.truncated", name);
				}
				CRC32 crc = new CRC32();
				crc.update(type);
				long remaining = length;
				while (remaining > 0) {
					int chunk = (int) Math.min(buffer.length, remaining);
					in.readFully(buffer, 0, chunk);
					crc.update(buffer, 0, chunk);
					remaining -= chunk;
				}
				if ((in.readInt() & 0xFFFFFFFFL) != crc.getValue()) {
					throw new MediaRefused("media.refused.undecodable", name);
				}
				position += 12 + length;
				if (type[0] == 'I' && type[1] == 'E' && type[2] == 'N' && type[3] == 'D') {
					if (position != size) {
						throw new MediaRefused("media.refused.polyglot", name);
					}
					return;
				}
			}
		}
		catch (EOFException ex) {
			throw new MediaRefused("media.refused.truncated", name);
		}
	}

	/**
	 * The PDF must parse and have a page. Its active content (scripts, actions, attached
	 * files, XFA) is not judged here: {@link PdfSanitizer} removes all of it from the
	 * copy that is stored.
	 */
	private static void checkPdf(Path file, String name) throws MediaRefused {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			if (document.getNumberOfPages() < 1) {
				throw new MediaRefused("media.refused.undecodable", name);
			}
		}
		catch (InvalidPasswordException ex) {
			throw new MediaRefused("media.refused.pdfEncrypted", name);
		}
		catch (MediaRefused ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new MediaRefused("media.refused.undecodable", name);
		}
	}

	/** Case-insensitive search for markup markers, in one pass over the file. */
	static boolean containsActiveContent(Path file) throws IOException {
		int overlap = 16;
		byte[] buffer = new byte[65536 + overlap];
		int carried = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer, carried, buffer.length - carried)) > 0) {
				int length = carried + read;
				for (int i = 0; i < length; i++) {
					byte b = buffer[i];
					if (b == '<' || b == 'j' || b == 'J') {
						for (byte[] marker : ACTIVE_CONTENT) {
							if (matches(buffer, i, length, marker)) {
								return true;
							}
						}
					}
				}
				carried = Math.min(overlap, length);
				System.arraycopy(buffer, length - carried, buffer, 0, carried);
			}
		}
		return false;
	}

	private static boolean matches(byte[] buffer, int at, int length, byte[] marker) {
		if (at + marker.length > length) {
			return false;
		}
		for (int j = 0; j < marker.length; j++) {
			byte b = buffer[at + j];
			if (b >= 'A' && b <= 'Z') {
				b = (byte) (b + 32);
			}
			if (b != marker[j]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksLikeMarkup(byte[] head, int read) {
		String start = new String(head, 0, read, StandardCharsets.ISO_8859_1).stripLeading()
			.replace("\uFEFF", "")
			.replace("ï»¿", "")
			.toLowerCase(Locale.ROOT);
		return start.startsWith("<");
	}

	private static boolean startsWith(byte[] head, int read, int... prefix) {
		if (read < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
