package org.cohesion.portal.pagecache;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * What public pages read from the database on every request (the layout's ticker and page
 * list, the home page's lists, the section names of search results), kept between content
 * changes: a value read in one {@link PageCache#contentGeneration() content generation}
 * is given again while the generation stays the same, so that a change committed on any
 * node, or scheduled content coming due, is shown from the next request on, as with the
 * rendered-page cache. The generation is read before the database, so a value read while
 * a change commits is never kept past it. Values must be immutable; keys few (a kind and
 * a language).
 */
@Component
public class ReadModels {

	/** Far more than kinds × languages: a guard, not a size that is ever reached. */
	private static final int MAX_KEYS = 256;

	private record Kept(long generation, Object value) {
	}

	private final PageCache pageCache;

	private final ConcurrentHashMap<Object, Kept> kept = new ConcurrentHashMap<>();

	ReadModels(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	/** The value kept for {@code key} in this generation, or {@code read}'s, kept. */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> read) {
		OptionalLong generation = pageCache.contentGeneration();
		if (generation.isEmpty()) {
			return read.get();
		}
		long current = generation.getAsLong();
		Kept found = kept.get(key);
		if (found != null && found.generation() == current) {
			return (T) found.value();
		}
		T value = read.get();
		if (kept.size() >= MAX_KEYS) {
			kept.clear();
		}
		kept.put(key, new Kept(current, value));
		return value;
	}

}
