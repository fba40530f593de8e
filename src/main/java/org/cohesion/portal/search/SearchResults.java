package org.cohesion.portal.search;

import java.util.List;

/**
 * A page of results and, for the whole result set, how many fall in each type, section
 * and year (only the values that have results).
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, List<Facet> types,
		List<Facet> sections, List<Facet> years) {

	/**
	 * @param value the value to filter on ({@code article}, a section slug, a year)
	 * @param label what a reader sees (a section's name; the value itself otherwise)
	 */
	public record Facet(String value, String label, long count) {
	}

	public int totalPages() {
		return (int) Math.min(1000, (total + size - 1) / size);
	}

}
