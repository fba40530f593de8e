package org.cohesion.portal.pagecache.internal;

import java.io.IOException;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli for cached pages, through Brotli4j (Google's encoder, a native library loaded at
 * start). A page is compressed once, the first time it is served again from memory to a
 * browser that accepts Brotli, so a high quality costs little in all: at 10, 11–15 %
 * fewer bytes than gzip on the demo's pages (docs/PERFORMANCE.md). Where the native
 * library cannot be loaded (a platform the jar was not built for, a temporary folder
 * mounted without execution), pages are served with gzip only, said once in the log.
 */
final class BrotliEncoding {

	private static final Logger log = LoggerFactory.getLogger(BrotliEncoding.class);

	private final Encoder.@Nullable Parameters parameters;

	private BrotliEncoding(Encoder.@Nullable Parameters parameters) {
		this.parameters = parameters;
	}

	/** Brotli at {@code quality} (1–11), or none when 0 or when it cannot be loaded. */
	static BrotliEncoding of(int quality) {
		if (quality <= 0) {
			return new BrotliEncoding(null);
		}
		try {
			Brotli4jLoader.ensureAvailability();
		}
		catch (Throwable ex) {
			log.info("Brotli is not available on this platform ({}): cached pages are served with gzip only",
					ex.getClass().getSimpleName());
			return new BrotliEncoding(null);
		}
		return new BrotliEncoding(
				new Encoder.Parameters().setQuality(Math.min(quality, 11)).setMode(Encoder.Mode.TEXT));
	}

	boolean available() {
		return parameters != null;
	}

	/** The body compressed, or null when Brotli is off or fails on it. */
	byte @Nullable [] compress(byte[] body) {
		if (parameters == null) {
			return null;
		}
		try {
			return Encoder.compress(body, parameters);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
