package org.cohesion.portal.pagecache.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Hits, misses, invalidations and the bytes held, as meters of the application's registry
 * ({@code portal.page_cache.*} on the Prometheus endpoint) when it has one.
 */
final class PageCacheMetrics {

	private final Counter hits;

	private final Counter misses;

	private final Counter invalidations;

	PageCacheMetrics(@Nullable MeterRegistry registry, RenderedPages pages) {
		MeterRegistry meters = registry == null ? new SimpleMeterRegistry() : registry;
		this.hits = Counter.builder("portal.page_cache.requests").tag("result", "hit").register(meters);
		this.misses = Counter.builder("portal.page_cache.requests").tag("result", "miss").register(meters);
		this.invalidations = Counter.builder("portal.page_cache.invalidations").register(meters);
		Gauge.builder("portal.page_cache.pages", pages, p -> p.cache().estimatedSize()).register(meters);
		Gauge
			.builder("portal.page_cache.bytes", pages,
					p -> p.cache().policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L))
			.baseUnit("bytes")
			.register(meters);
	}

	void hit() {
		hits.increment();
	}

	void miss() {
		misses.increment();
	}

	void invalidated() {
		invalidations.increment();
	}

	double hitCount() {
		return hits.count();
	}

	double missCount() {
		return misses.count();
	}

}
