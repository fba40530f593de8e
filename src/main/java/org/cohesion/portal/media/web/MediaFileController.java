package org.cohesion.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.internal.MediaStorage;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the library's public files: image derivatives (named by content hash, so cached
 * for a year as immutable) and PDF documents (always as downloads, sandboxed, never
 * sniffed). Originals of images are never served here.
 */
@Controller
class MediaFileController {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{hash:[0-9a-f]{24}}-{width:[0-9]{1,5}}.{extension:jpg|webp}")
	void derivative(@PathVariable String hash, @PathVariable int width, @PathVariable String extension,
			HttpServletResponse response) throws IOException {
		Optional<MediaStorage.StoredFile> file = library.openPublic(hash + "-" + width + "." + extension);
		if (file.isEmpty()) {
			throw new NotFoundException("media " + hash);
		}
		response.setContentType("webp".equals(extension) ? "image/webp" : "image/jpeg");
		response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		send(file.get(), response);
	}

	@GetMapping("/media/documents/{hash:[0-9a-f]{24}}.pdf")
	void document(@PathVariable String hash, HttpServletResponse response) throws IOException {
		MediaItem item = library.readyDocument(hash).orElseThrow(() -> new NotFoundException("document " + hash));
		Optional<MediaStorage.StoredFile> file = library.openOriginal(item);
		if (file.isEmpty()) {
			throw new NotFoundException("document " + hash);
		}
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(item.downloadName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		// Opened by mistake in the site's origin, a PDF could still not script it.
		response.setHeader("Content-Security-Policy", "sandbox");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
		send(file.get(), response);
	}

	private static void send(MediaStorage.StoredFile file, HttpServletResponse response) throws IOException {
		response.setContentLengthLong(file.length());
		try (InputStream in = file.content(); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

}
