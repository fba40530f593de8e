package org.cohesion.portal.search;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asked for.
 *
 * @param text the words typed; words in double quotes are a phrase
 * @param type one of {@link SiteSearch#TYPES}, or null for all
 * @param section a section slug, or null for all
 * @param year a year of publication (site time zone), or null for all
 * @param byDate newest first instead of most relevant first
 * @param page zero-based page index
 * @param size results per page
 */
public record SearchRequest(String text, @Nullable String type, @Nullable String section, @Nullable Integer year,
		boolean byDate, int page, int size) {

	public static final int MAX_SIZE = 50;

	public SearchRequest {
		page = Math.max(0, Math.min(page, 1000));
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	public static SearchRequest of(String text) {
		return new SearchRequest(text, null, null, null, false, 0, 10);
	}

}
