package org.cohesion.portal.shared;

/**
 * Page links for a paginated list. Pages are numbered from 1 in URLs ({@code ?page=2});
 * page 1 has no parameter so that it has a single canonical address.
 */
public record Pagination(int page, int totalPages, long totalElements, String basePath) {

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages;
	}

	public boolean isNeeded() {
		return totalPages > 1;
	}

	public String pathTo(int target) {
		return target <= 1 ? basePath : basePath + "?page=" + target;
	}

	/**
	 * Zero-based page index for a 1-based, possibly absent or hostile, {@code ?page=}
	 * value.
	 */
	public static int index(Integer requested) {
		if (requested == null || requested < 1) {
			return 0;
		}
		return Math.min(requested, 10_000) - 1;
	}

}
