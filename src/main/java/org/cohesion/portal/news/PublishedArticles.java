package org.cohesion.portal.news;

import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * Published articles page by page and one by one, with their text: what the public
 * content API serves. Only published articles whose time has come are ever returned.
 */
public interface PublishedArticles {

	/** Newest first; zero-based page index. */
	Page<ArticleSummary> page(int pageIndex, int size);

	/**
	 * Newest first in one section; empty when the section does not exist (tell it apart
	 * with {@link NewsApi#sections()}).
	 */
	Optional<Page<ArticleSummary>> pageInSection(String sectionSlug, int pageIndex, int size);

	/** A published article by its current slug. */
	Optional<ArticleContent> bySlug(String slug);

	/**
	 * The current slug of a published article that used to be reached at {@code slug}
	 * (renamed since), for a permanent redirect.
	 */
	Optional<String> currentSlugOf(String formerSlug);

}
