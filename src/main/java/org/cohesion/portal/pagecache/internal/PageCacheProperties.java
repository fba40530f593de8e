package org.cohesion.portal.pagecache.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param enabled whether public pages are served from memory at all
 * @param maxSize memory the cached pages may take (compressed bytes and headers)
 * @param pollInterval how often this node asks the database whether another node changed
 * content
 * @param maxAge the longest a page is kept even if nothing changed (the newsletter form's
 * token lives a day)
 * @param readModels whether modules may keep what public pages read from the database
 * between content changes
 * ({@link org.cohesion.portal.pagecache.PageCache#contentGeneration()}), whether or not
 * the rendered pages are cached
 * @param brotliQuality the Brotli quality cached pages are also kept in (1–11; 0: gzip
 * only), for the browsers that accept it
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("1h") Duration maxAge,
		@DefaultValue("true") boolean readModels, @DefaultValue("10") int brotliQuality) {
}
