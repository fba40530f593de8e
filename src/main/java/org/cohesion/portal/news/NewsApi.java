package org.cohesion.portal.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the newsroom. Only published content is ever returned.
 */
public interface NewsApi {

	/** The article "À la une": the latest featured one, or else the latest published. */
	Optional<ArticleSummary> leadArticle();

	/**
	 * Latest published articles, newest first, leaving out {@code excludeId} (the lead,
	 * usually).
	 */
	List<ArticleSummary> latest(int count, long excludeId);

	/** Sections in their display order, with their number of published articles. */
	/** The sections named in {@code language} where translated. */
	List<SectionView> sections(String language);

	List<SectionView> sections();

	/**
	 * Section names by slug, in display order: {@link #sections()} without counting
	 * articles (one small query, for search results).
	 */
	Map<String, String> sectionNames();

	/**
	 * The public path of a published article, for links from flash infos or newsletters.
	 */
	Optional<String> publishedPath(long articleId);

	/**
	 * {@link #publishedPath(long)} for several articles in one query; unpublished ones
	 * are left out.
	 */
	Map<Long, String> publishedPaths(Collection<Long> articleIds);

	/**
	 * The id of a published article from its title or slug, for demo data and imports.
	 */
	Optional<Long> findPublishedIdByTitle(String title);

	/** Every published article, newest first, with its last change (for the sitemap). */
	List<IndexedArticle> indexed();

	/**
	 * Published articles whose publication is at or after {@code since}, newest first.
	 */
	List<IndexedArticle> indexedSince(Instant since);

	/**
	 * Articles published in {@code [from, to)}, oldest first (for the monthly
	 * newsletter).
	 */
	List<ArticleSummary> publishedBetween(Instant from, Instant to);

	/** The summary of one article while it is public (for the newsletter's draft). */
	Optional<ArticleSummary> publishedSummary(long articleId);

	/**
	 * The same articles as readers of {@code language} see them: translated title,
	 * standfirst and slug where a translation exists, the original otherwise (its
	 * {@code language} tells which). One query whatever the number of articles.
	 */
	List<ArticleSummary> localize(List<ArticleSummary> articles, String language);

	/**
	 * The slugs of the translations of published articles, by article id then language
	 * (for the sitemap's alternates).
	 */
	Map<Long, Map<String, String>> translatedSlugs();

	/**
	 * When the next scheduled article comes due after {@code now}, if one is scheduled:
	 * what public pages show changes then without any write to the database.
	 */
	java.util.Optional<Instant> nextScheduledPublicationAfter(Instant now);

}
