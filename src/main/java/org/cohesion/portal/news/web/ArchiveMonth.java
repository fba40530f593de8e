package org.cohesion.portal.news.web;

/** One month of the archive, with its number of published articles. */
public record ArchiveMonth(int year, int month, long count) {

	public String path() {
		return "/actualites/archives/%d/%02d".formatted(year, month);
	}

}
