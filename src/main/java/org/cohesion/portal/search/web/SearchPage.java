package org.cohesion.portal.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cohesion.portal.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * What the results page shows: the question, the results (or why there are none), the
 * filters in force, and the links that change one of them.
 *
 * @param query the text as typed
 * @param results null when nothing was asked, or the question could not be run
 * @param problem the message key that explains why the question could not be run
 */
public record SearchPage(String query, @Nullable SearchResults results, @Nullable String problem, @Nullable String type,
		@Nullable String section, @Nullable Integer year, boolean byDate) {

	public boolean asked() {
		return results != null;
	}

	public boolean filtered() {
		return type != null || section != null || year != null;
	}

	/**
	 * This search with one filter set (or removed, with null), back to the first page.
	 */
	public String withType(@Nullable String value) {
		return link(query, value, section, year, byDate, 1);
	}

	public String withSection(@Nullable String value) {
		return link(query, type, value, year, byDate, 1);
	}

	public String withYear(@Nullable String value) {
		return link(query, type, section, value == null ? null : Integer.valueOf(value), byDate, 1);
	}

	public String sortedByDate(boolean date) {
		return link(query, type, section, year, date, 1);
	}

	public String withoutFilters() {
		return link(query, null, null, null, byDate, 1);
	}

	public String page(int page) {
		return link(query, type, section, year, byDate, page);
	}

	public int currentPage() {
		return results == null ? 1 : results.page() + 1;
	}

	public int totalPages() {
		return results == null ? 0 : results.totalPages();
	}

	/** Page numbers to offer: the first, the last, and two around the current one. */
	public List<Integer> pageNumbers() {
		List<Integer> numbers = new ArrayList<>();
		int current = currentPage();
		int last = totalPages();
		for (int page = 1; page <= last; page++) {
			if (page == 1 || page == last || Math.abs(page - current) <= 2) {
				numbers.add(page);
			}
		}
		return numbers;
	}

	static String link(String query, @Nullable String type, @Nullable String section, @Nullable Integer year,
			boolean byDate, int page) {
		StringBuilder link = new StringBuilder("/recherche?q=").append(encode(query));
		if (type != null) {
			link.append("&type=").append(encode(type));
		}
		if (section != null) {
			link.append("&rubrique=").append(encode(section));
		}
		if (year != null) {
			link.append("&annee=").append(year);
		}
		if (byDate) {
			link.append("&tri=date");
		}
		if (page > 1) {
			link.append("&page=").append(page);
		}
		return link.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
