package org.cohesion.portal.pagecache.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Public pages as they were last rendered, gzip-compressed (and in Brotli once asked for
 * a second time), within a byte budget (Caffeine evicts by weight, keeping what is asked
 * often). Every page remembers the generation it was rendered in: {@link #clear()} starts
 * a new generation, so a page whose rendering began before a change and ended after it is
 * never served. A generation also knows when it started: every page of it was rendered at
 * that time or later, which is what tells which scheduled content its pages may still be
 * missing.
 */
final class RenderedPages {

	/**
	 * One header as the page was first answered (security headers, Cache-Control, ETag…).
	 */
	record Header(String name, String value) {
	}

	record Page(long generation, byte[] gzip, byte @Nullable [] brotli, int length, String contentType,
			@Nullable Locale locale, @Nullable String etag, List<Header> headers) {

		Page withBrotli(byte[] compressed) {
			return new Page(generation, gzip, compressed, length, contentType, locale, etag, headers);
		}

		int weight() {
			int weight = 200 + gzip.length + (brotli == null ? 0 : brotli.length) + contentType.length();
			for (Header header : headers) {
				weight += 48 + 2 * (header.name().length() + header.value().length());
			}
			return weight;
		}

	}

	private final Cache<String, Page> pages;

	/**
	 * The pages being cached now: their number, and the clock's time when they started.
	 */
	record Generation(long number, Instant startedAt) {
	}

	private final Clock clock;

	private final AtomicReference<Generation> generation;

	RenderedPages(PageCacheProperties properties, Clock clock) {
		this.clock = clock;
		this.generation = new AtomicReference<>(new Generation(0, clock.instant()));
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Page page) -> 2 * key.length() + page.weight())
			.expireAfterWrite(properties.maxAge())
			.recordStats()
			.build();
	}

	long generation() {
		return generation.get().number();
	}

	Generation currentGeneration() {
		return generation.get();
	}

	@Nullable Page get(String key) {
		Page page = pages.getIfPresent(key);
		if (page != null && page.generation() != generation()) {
			pages.asMap().remove(key, page);
			return null;
		}
		return page;
	}

	void put(String key, Page page) {
		if (page.generation() == generation()) {
			pages.put(key, page);
		}
	}

	/**
	 * Puts {@code better} in place of {@code page} if that is still the one kept (its
	 * generation's).
	 */
	void replace(String key, Page page, Page better) {
		pages.asMap().replace(key, page, better);
	}

	void clear() {
		// the time is read before the new number is seen: a page of the new generation is
		// always rendered at or after its start
		Instant now = clock.instant();
		generation.updateAndGet(current -> new Generation(current.number() + 1, now));
		pages.invalidateAll();
	}

	Cache<String, Page> cache() {
		return pages;
	}

}
