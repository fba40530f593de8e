package org.cohesion.portal.news.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.media.MediaRenditions;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.FrenchDates;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public newsroom's reading side: what the news pages and feeds show, built as views
 * in one read-only transaction per request, so that the controllers only map addresses to
 * these views.
 */
@Service
@Transactional(readOnly = true)
class Newsroom {

	static final int PAGE_SIZE = 12;

	static final int RELATED = 3;

	static final int LATEST = 4;

	/** The article's column: the width its body images are drawn at. */
	static final String BODY_SIZES = "(min-width: 48em) 46rem, 100vw";

	private final ArticleRepository articles;

	private final org.cohesion.portal.media.MediaApi media;

	private final SectionRepository sections;

	private final MessageSource messages;

	private final Clock clock;

	private final NewsApi news;

	private final ArticleTranslationRepository translations;

	private final Languages languages;

	private final MediaRenditions renditions;

	Newsroom(ArticleRepository articles, SectionRepository sections, MessageSource messages, Clock clock, NewsApi news,
			ArticleTranslationRepository translations, Languages languages, org.cohesion.portal.media.MediaApi media,
			MediaRenditions renditions) {
		this.media = media;
		this.renditions = renditions;
		this.articles = articles;
		this.sections = sections;
		this.messages = messages;
		this.clock = clock;
		this.news = news;
		this.translations = translations;
		this.languages = languages;
	}

	/** What the address of an article leads to. */
	sealed interface ArticleAnswer permits Shown, Moved {

	}

	/**
	 * The article page in the reader's language, its body's library images drawn as
	 * {@code <picture>}s; the addresses of its translations, or the original it falls
	 * back to; the latest articles beside it on a wide screen (titles and dates only: no
	 * image, so the page weighs no more).
	 */
	record Shown(ArticlePage page, @Nullable Map<String, String> translations, @Nullable String fallbackLanguage,
			@Nullable String fallbackPath, List<ArticleSummary> latest) implements ArticleAnswer {
	}

	/** The article lives at another address (a former slug, or its translation's). */
	record Moved(String path) implements ArticleAnswer {
	}

	/** A section as its feeds name it. */
	record FeedSection(String slug, String name, String description) {
	}

	/**
	 * An entry of a feed: an article or its translation, its last public change, and the
	 * language prefix of its address.
	 */
	record FeedEntry(ArticleSummary summary, Instant updated, String prefix) {
	}

	FeedSection feedSection(String slug) {
		Section section = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
		return new FeedSection(section.getSlug(), section.getName(), section.getDescription());
	}

	/**
	 * The latest articles in the feed's language: in the default language the originals;
	 * in another, the published translations into it (a reader of the English feed gets
	 * English text).
	 */
	List<FeedEntry> feedEntries(String language, @Nullable String sectionSlug, int count) {
		Instant now = clock.instant();
		if (languages.isDefault(language)) {
			List<Article> found = sectionSlug == null ? articles.findPublic(now, Limit.of(count))
					: articles.findPublicInSection(now, sectionSlug, PageRequest.of(0, count)).getContent();
			return found.stream()
				.map(article -> new FeedEntry(article.toSummary(), article.getPublicUpdatedAt(), ""))
				.toList();
		}
		String prefix = languages.path(language, "");
		return translations.findAllPublic(now)
			.stream()
			.filter(t -> t.getLanguage().equals(language))
			.filter(t -> sectionSlug == null || t.getArticle().getSection().getSlug().equals(sectionSlug))
			.map(t -> new FeedEntry(t.toSummary(), t.getUpdatedAt(), prefix))
			.sorted(Comparator.comparing((FeedEntry entry) -> entry.summary().publishedAt()).reversed())
			.limit(count)
			.toList();
	}

	ListPage latest(@Nullable Integer page, Locale locale) {
		Page<Article> found = articles.findPublicPage(clock.instant(),
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		String heading = messages.getMessage("news.list.heading", null, locale);
		return listPage(found, heading, null, "/actualites").localized(news, locale);
	}

	ListPage section(String slug, @Nullable Integer page, Locale locale) {
		var section = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
		Page<Article> found = articles.findPublicInSection(clock.instant(), slug,
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		String language = locale.getLanguage();
		return listPage(found, section.name(language), section.description(language), section.getSlug())
			.inSection(section.getSlug())
			.localized(news, locale);
	}

	List<ArchiveMonth> archiveMonths() {
		Map<YearMonth, Long> byMonth = articles.findPublicationDates(clock.instant())
			.stream()
			.map(instant -> YearMonth.from(instant.atZone(clock.getZone())))
			.collect(Collectors.groupingBy(month -> month,
					() -> new TreeMap<YearMonth, Long>(Comparator.reverseOrder()), Collectors.counting()));
		return byMonth.entrySet()
			.stream()
			.map(e -> new ArchiveMonth(e.getKey().getYear(), e.getKey().getMonthValue(), e.getValue()))
			.toList();
	}

	ListPage month(int year, int month, Locale locale) {
		if (month < 1 || month > 12) {
			throw new NotFoundException("month " + month);
		}
		ZonedDateTime start = LocalDate.of(year, month, 1).atStartOfDay(clock.getZone());
		List<Article> found = articles.findPublicBetween(clock.instant(), start.toInstant(),
				start.plusMonths(1).toInstant());
		String label = FrenchDates.monthYear(year, month, locale, true);
		if (found.isEmpty()) {
			throw new NotFoundException("archive " + year + "/" + month);
		}
		// the nearest months before and after that have articles (an archive skips empty
		// months)
		YearMonth shown = YearMonth.of(year, month);
		List<YearMonth> months = articles.findPublicationDates(clock.instant())
			.stream()
			.map(instant -> YearMonth.from(instant.atZone(clock.getZone())))
			.distinct()
			.sorted()
			.toList();
		YearMonth before = months.stream().filter(m -> m.isBefore(shown)).reduce((a, b) -> b).orElse(null);
		YearMonth after = months.stream().filter(m -> m.isAfter(shown)).findFirst().orElse(null);
		return new ListPage(label, null, found.stream().map(Article::toSummary).toList(), null, label)
			.betweenMonths(monthLink(before, locale), monthLink(after, locale))
			.localized(news, locale);
	}

	/**
	 * An article in the reader's language: in a language other than the default one the
	 * translation by its own slug; an article not translated yet shows its original, said
	 * to be so, with the original as canonical page.
	 */
	ArticleAnswer article(String slug, String language) {
		Instant now = clock.instant();
		if (!languages.isDefault(language)) {
			var translated = translations.findPublicBySlug(now, language, slug);
			if (translated.isPresent()) {
				return translated(translated.get(), language, now);
			}
		}
		var found = articles.findBySlug(slug).filter(a -> a.isPublicAt(now));
		if (found.isEmpty() && languages.isDefault(language)) {
			// an article written in another language, translated into the default one
			var translated = translations.findPublicBySlug(now, language, slug);
			if (translated.isPresent()) {
				return translated(translated.get(), language, now);
			}
		}
		if (found.isEmpty()) {
			return articles.findByFormerSlug(slug)
				.filter(a -> a.isPublicAt(now))
				.map(a -> new Moved(languages.path(language, "/actualites/" + a.getSlug())))
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		Article article = found.get();
		if (!language.equals(article.getLanguage())) {
			var translation = article.translation(language);
			if (translation.isPresent()) {
				// the English address of a translated article is its English slug
				return new Moved(languages.path(language, "/actualites/" + translation.get().getSlug()));
			}
		}
		ArticlePage page = pictures(localized(articlePage(article, now), language));
		List<ArticleSummary> latest = latestBeside(article.getId(), language);
		return language.equals(article.getLanguage()) ? new Shown(page, paths(article), null, null, latest)
				: new Shown(page, null, article.getLanguage(), "/actualites/" + article.getSlug(), latest);
	}

	private Shown translated(ArticleTranslation translation, String language, Instant now) {
		Article article = translation.getArticle();
		return new Shown(pictures(ArticlePage.translated(localized(articlePage(article, now), language), translation)),
				paths(article), null, null, latestBeside(article.getId(), language));
	}

	private ArticlePage pictures(ArticlePage page) {
		return page.withBody(renditions.pictures(page.body(), BODY_SIZES));
	}

	private List<ArticleSummary> latestBeside(long articleId, String language) {
		return news.localize(news.latest(LATEST, articleId), language);
	}

	private ArticlePage articlePage(Article article, Instant now) {
		var summary = article.toSummary();
		var related = articles.findRelated(now, article.getSection(), article.getId(), Limit.of(RELATED))
			.stream()
			.map(Article::toSummary)
			.toList();
		var older = articles.findOlder(now, summary.publishedAt(), article.getId(), Limit.of(1));
		var newer = articles.findNewer(now, summary.publishedAt(), article.getId(), Limit.of(1));
		return ArticlePage.of(article, related, older.isEmpty() ? null : older.get(0).toSummary(),
				newer.isEmpty() ? null : newer.get(0).toSummary(), article.getGalleryId() == null ? null
						: media.gallery(article.getGalleryId()).filter(g -> !g.photos().isEmpty()).orElse(null));
	}

	/** Related, previous and next articles as readers of {@code language} see them. */
	private ArticlePage localized(ArticlePage page, String language) {
		List<ArticleSummary> all = new ArrayList<>(page.related());
		if (page.previous() != null) {
			all.add(page.previous());
		}
		if (page.next() != null) {
			all.add(page.next());
		}
		all.add(page.article());
		List<ArticleSummary> localized = news.localize(all, language);
		int count = page.related().size();
		ArticleSummary previous = page.previous() != null ? localized.get(count) : null;
		ArticleSummary next = page.next() != null ? localized.get(localized.size() - 2) : null;
		// the article itself keeps its text (original or translation); only its section
		// is
		// named in the reader's language
		ArticleSummary article = page.article().withSectionName(localized.get(localized.size() - 1).sectionName());
		return page.withNeighbours(localized.subList(0, count), previous, next).withArticle(article);
	}

	/** The article's address in its own language and in each of its translations. */
	private static Map<String, String> paths(Article article) {
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put(article.getLanguage(), "/actualites/" + article.getSlug());
		for (ArticleTranslation translation : article.getTranslations()) {
			paths.put(translation.getLanguage(), "/actualites/" + translation.getSlug());
		}
		return paths;
	}

	private ListPage listPage(Page<Article> found, String heading, String intro, String sectionSlugOrPath) {
		int current = found.getNumber() + 1;
		NotFoundException.unlessPageExists(current, found.getTotalPages());
		String basePath = sectionSlugOrPath.startsWith("/") ? sectionSlugOrPath : "/rubriques/" + sectionSlugOrPath;
		return new ListPage(heading, intro, found.map(Article::toSummary).getContent(),
				new Pagination(current, found.getTotalPages(), found.getTotalElements(), basePath), heading);
	}

	private static ListPage.@Nullable MonthLink monthLink(@Nullable YearMonth month, Locale locale) {
		return month == null ? null
				: new ListPage.MonthLink(FrenchDates.monthYear(month.getYear(), month.getMonthValue(), locale, true),
						"/actualites/archives/%d/%02d".formatted(month.getYear(), month.getMonthValue()));
	}

}
