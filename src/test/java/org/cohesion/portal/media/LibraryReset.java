package org.cohesion.portal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the media library (rows and stored files). Test classes share one application
 * context, so the media tests clean up before and after themselves: the site's tests
 * expect a library without galleries.
 */
final class LibraryReset {

	private LibraryReset() {
	}

	static void reset(JdbcTemplate jdbc, Path root) throws IOException {
		jdbc.update("delete from media_usage");
		jdbc.update("delete from media_gallery_image");
		jdbc.update("delete from media_gallery");
		jdbc.update("delete from media_item");
		if (Files.exists(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

}
