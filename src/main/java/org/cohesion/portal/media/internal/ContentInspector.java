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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Decides what an uploaded file is from its bytes, never from its name or declared type,
 * and refuses anything it cannot vouch for: types other than JPEG, PNG, WebP and PDF;
 * markup (HTML, SVG, script) in any disguise; images whose structure is cut short; images
 * whose declared size would blow up the heap once decoded (read from the header, before a
 * single pixel is); PDFs that do not parse or that carry JavaScript. The pixels
 * themselves are decoded later, in the background, where a failure marks the item as
 * failed and removes its file.
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

	ContentInspector(MediaProperties properties) {
		this.properties = properties;
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
			checkJpegStructure(file, name);
			return image(file, name, "jpeg", "image/jpeg", "jpg");
		}
		if (startsWith(head, read, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			checkPngStructure(file, name, size);
			return image(file, name, "png", "image/png", "png");
		}
		if (read >= 12 && startsWith(head, read, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E'
				&& head[10] == 'B' && head[11] == 'P') {
			long declared = ((head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16
					| (head[7] & 0xFFL) << 24) + 8;
			if (declared > size) {
				throw new MediaRefused("media.refused.truncated", name);
			}
			return image(file, name, "webp", "image/webp", "webp");
		}
		if (startsWith(head, read, '%', 'P', 'D', 'F', '-')) {
			checkPdf(file, name);
			return new Inspection("pdf", "application/pdf", "pdf", 0, 0, 1);
		}
		if (looksLikeMarkup(head, read)) {
			throw new MediaRefused("media.refused.markup", name);
		}
		throw new MediaRefused("media.refused.type", name);
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
		return new Inspection(format, contentType, extension, width, height, orientation(file));
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
	private static void checkJpegStructure(Path file, String name) throws IOException, MediaRefused {
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
					return;
				}
				int length = in.readUnsignedShort();
				if (length < 2) {
					throw new MediaRefused("media.refused.undecodable", name);
				}
				in.skipNBytes(length - 2);
				inScan = marker == 0xDA;
			}
		}
		catch (EOFException ex) {
			throw new MediaRefused("media.refused.truncated", name);
		}
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

	private static void checkPdf(Path file, String name) throws MediaRefused {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			if (document.getNumberOfPages() < 1) {
				throw new MediaRefused("media.refused.undecodable", name);
			}
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			boolean script = catalog.getOpenAction() instanceof PDActionJavaScript
					|| (catalog.getNames() != null && catalog.getNames().getJavaScript() != null);
			if (script) {
				throw new MediaRefused("media.refused.pdfScript", name);
			}
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
