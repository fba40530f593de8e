package org.cohesion.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NewsService implements NewsApi {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final ArticleTranslationRepository translations;

	private final Clock clock;

	NewsService(ArticleRepository articles, SectionRepository sections, ArticleTranslationRepository translations,
			Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	public List<ArticleSummary> localize(List<ArticleSummary> summaries, String language) {
		List<Long> ids = summaries.stream()
			.filter(s -> !s.language().equals(language))
			.map(ArticleSummary::id)
			.toList();
		if (ids.isEmpty()) {
			return summaries;
		}
		// section names in the reader's language, whether or not the article is
		// translated
		Map<String, String> sectionNames = new HashMap<>();
		sections.findAllByOrderByPositionAsc().forEach(s -> sectionNames.put(s.getSlug(), s.name(language)));
		Map<Long, ArticleTranslation> found = new HashMap<>();
		for (ArticleTranslation translation : translations.findByLanguageAndArticleIds(language, ids)) {
			found.put(translation.getArticle().getId(), translation);
		}
		return summaries.stream().map(s -> {
			ArticleTranslation t = found.get(s.id());
			ArticleSummary shown = t == null || s.language().equals(language) ? s : t.summarize(s);
			return shown.withSectionName(sectionNames.getOrDefault(s.sectionSlug(), s.sectionName()));
		}).toList();
	}

	@Override
	public Map<Long, Map<String, String>> translatedSlugs() {
		Map<Long, Map<String, String>> slugs = new HashMap<>();
		for (ArticleTranslation t : translations.findAllPublic(clock.instant())) {
			slugs.computeIfAbsent(t.getArticle().getId(), id -> new java.util.TreeMap<>())
				.put(t.getLanguage(), t.getSlug());
		}
		return slugs;
	}

	@Override
	public Optional<ArticleSummary> leadArticle() {
		var now = clock.instant();
		var featured = articles.findPublicFeatured(now, Limit.of(1));
		var lead = featured.isEmpty() ? articles.findPublic(now, Limit.of(1)) : featured;
		return lead.stream().findFirst().map(Article::toSummary);
	}

	@Override
	public List<ArticleSummary> latest(int count, long excludeId) {
		return articles.findPublicExcept(clock.instant(), excludeId, Limit.of(count))
			.stream()
			.map(Article::toSummary)
			.toList();
	}

	@Override
	public List<SectionView> sections(String language) {
		var counts = new HashMap<Long, Long>();
		for (Object[] row : articles.countPublicBySection(clock.instant())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return sections.findAllByOrderByPositionAsc()
			.stream()
			.map(s -> new SectionView(s.getSlug(), s.name(language), s.description(language),
					counts.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	@Override
	public List<SectionView> sections() {
		var counts = new HashMap<Long, Long>();
		for (Object[] row : articles.countPublicBySection(clock.instant())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return sections.findAllByOrderByPositionAsc()
			.stream()
			.map(s -> new SectionView(s.getSlug(), s.getName(), s.getDescription(), counts.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	@Override
	public Map<String, String> sectionNames() {
		var names = new LinkedHashMap<String, String>();
		sections.findAllByOrderByPositionAsc().forEach(s -> names.put(s.getSlug(), s.getName()));
		return names;
	}

	@Override
	public Optional<String> publishedPath(long articleId) {
		var now = clock.instant();
		return articles.findById(articleId).filter(a -> a.isPublicAt(now)).map(a -> "/actualites/" + a.getSlug());
	}

	@Override
	public Optional<ArticleSummary> publishedSummary(long articleId) {
		var now = clock.instant();
		return articles.findById(articleId).filter(a -> a.isPublicAt(now)).map(Article::toSummary);
	}

	@Override
	public Map<Long, String> publishedPaths(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> paths = new HashMap<>();
		for (Object[] row : articles.findPublicSlugs(clock.instant(), articleIds)) {
			paths.put((Long) row[0], "/actualites/" + row[1]);
		}
		return paths;
	}

	@Override
	public Optional<Long> findPublishedIdByTitle(String title) {
		return articles.findPublicIdsByTitleOrSlug(clock.instant(), title).stream().findFirst();
	}

	@Override
	public List<IndexedArticle> indexed() {
		return articles.findPublic(clock.instant(), Limit.unlimited()).stream().map(NewsService::indexed).toList();
	}

	@Override
	public List<IndexedArticle> indexedSince(Instant since) {
		Instant now = clock.instant();
		// the upper bound is exclusive; the public condition already stops at now
		return articles.findPublicBetween(now, since, now.plusSeconds(1)).stream().map(NewsService::indexed).toList();
	}

	@Override
	public List<ArticleSummary> publishedBetween(Instant from, Instant to) {
		List<ArticleSummary> found = new java.util.ArrayList<>(
				articles.findPublicBetween(clock.instant(), from, to).stream().map(Article::toSummary).toList());
		java.util.Collections.reverse(found);
		return found;
	}

	private static IndexedArticle indexed(Article article) {
		return new IndexedArticle(article.toSummary(), article.getPublicUpdatedAt());
	}

	@Override
	public Optional<Instant> nextScheduledPublicationAfter(Instant now) {
		return Optional.ofNullable(articles.findNextPublicationAfter(now));
	}

}
