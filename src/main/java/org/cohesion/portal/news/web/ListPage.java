package org.cohesion.portal.news.web;

import java.util.List;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;

/** A list of articles: all news, one section, or one month of the archive. */
public record ListPage(String heading, @Nullable String intro, List<ArticleSummary> articles,
		@Nullable Pagination pagination, String breadcrumbLabel, @Nullable String sectionSlug,
		@Nullable MonthLink previousMonth, @Nullable MonthLink nextMonth) {

	ListPage(String heading, @Nullable String intro, List<ArticleSummary> articles, @Nullable Pagination pagination,
			String breadcrumbLabel) {
		this(heading, intro, articles, pagination, breadcrumbLabel, null, null, null);
	}

	/** The same list as readers of the locale's language see it (translations first). */
	ListPage localized(NewsApi news, java.util.Locale locale) {
		return new ListPage(heading, intro, news.localize(articles, locale.getLanguage()), pagination, breadcrumbLabel,
				sectionSlug, previousMonth, nextMonth);
	}

	ListPage inSection(String slug) {
		return new ListPage(heading, intro, articles, pagination, breadcrumbLabel, slug, previousMonth, nextMonth);
	}

	ListPage betweenMonths(@Nullable MonthLink previous, @Nullable MonthLink next) {
		return new ListPage(heading, intro, articles, pagination, breadcrumbLabel, sectionSlug, previous, next);
	}

	/** A month of the archive that has articles: "octobre 2026", its address. */
	public record MonthLink(String label, String path) {
	}

}
