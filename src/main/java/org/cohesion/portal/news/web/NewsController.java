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

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.media.MediaRenditions;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.FrenchDates;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public newsroom: the list of all news, sections, the monthly archive and article
 * pages.
 */
@Controller
@Transactional(readOnly = true)
class NewsController {

	static final int PAGE_SIZE = 12;

	static final int RELATED = 3;

	static final int LATEST = 4;

	private final ArticleRepository articles;

	private final org.cohesion.portal.media.MediaApi media;

	private final SectionRepository sections;

	private final MessageSource messages;

	private final Clock clock;

	private final NewsApi news;

	private final ArticleTranslationRepository translations;

	private final Languages languages;

	private final MediaRenditions renditions;

	/** The article's column: the width its body images are drawn at. */
	static final String BODY_SIZES = "(min-width: 48em) 46rem, 100vw";

	NewsController(ArticleRepository articles, SectionRepository sections, MessageSource messages, Clock clock,
			NewsApi news, ArticleTranslationRepository translations, Languages languages,
			org.cohesion.portal.media.MediaApi media, MediaRenditions renditions) {
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

	@GetMapping("/actualites")
	String list(@RequestParam(name = "page", required = false) Integer page, Model model, Locale locale) {
		Page<Article> found = articles.findPublicPage(clock.instant(),
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		String heading = messages.getMessage("news.list.heading", null, locale);
		model.addAttribute("list", listPage(found, heading, null, "/actualites").localized(news, locale));
		return "news/list";
	}

	@GetMapping("/rubriques/{slug}")
	String section(@PathVariable String slug, @RequestParam(name = "page", required = false) Integer page, Model model,
			Locale locale) {
		var section = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
		Page<Article> found = articles.findPublicInSection(clock.instant(), slug,
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		String language = locale.getLanguage();
		model.addAttribute("list",
				listPage(found, section.name(language), section.description(language), section.getSlug())
					.inSection(section.getSlug())
					.localized(news, locale));
		return "news/list";
	}

	@GetMapping("/actualites/archives")
	String archives(Model model) {
		Map<YearMonth, Long> byMonth = articles.findPublicationDates(clock.instant())
			.stream()
			.map(instant -> YearMonth.from(instant.atZone(clock.getZone())))
			.collect(Collectors.groupingBy(month -> month,
					() -> new TreeMap<YearMonth, Long>(Comparator.reverseOrder()), Collectors.counting()));
		List<ArchiveMonth> months = byMonth.entrySet()
			.stream()
			.map(e -> new ArchiveMonth(e.getKey().getYear(), e.getKey().getMonthValue(), e.getValue()))
			.toList();
		model.addAttribute("months", months);
		return "news/archives";
	}

	@GetMapping("/actualites/archives/{year:\\d{4}}/{month:\\d{2}}")
	String month(@PathVariable int year, @PathVariable int month, Model model, Locale locale) {
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
		model.addAttribute("list",
				new ListPage(label, null, found.stream().map(Article::toSummary).toList(), null, label)
					.betweenMonths(monthLink(before, locale), monthLink(after, locale))
					.localized(news, locale));
		return "news/list";
	}

	/**
	 * An article in the reader's language: under {@code /en/} the English translation by
	 * its own slug; an article not translated yet shows its original, said to be so, with
	 * the original as canonical page.
	 */
	@GetMapping("/actualites/{slug}")
	Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
		Instant now = clock.instant();
		String language = PageLanguage.language(request, languages.defaultLanguage());
		PageLanguage pageLanguage = PageLanguage.of(request);
		if (!languages.isDefault(language)) {
			var translated = translations.findPublicBySlug(now, language, slug);
			if (translated.isPresent()) {
				ArticleTranslation translation = translated.get();
				Article article = translation.getArticle();
				show(model, ArticlePage.translated(localized(articlePage(article, now), language), translation));
				if (pageLanguage != null) {
					pageLanguage.translations(paths(article));
				}
				addLatest(model, article.getId(), language);
				return "news/article";
			}
		}
		var found = articles.findBySlug(slug).filter(a -> a.isPublicAt(now));
		if (found.isEmpty() && languages.isDefault(language)) {
			// an article written in another language, translated into the default one
			var translated = translations.findPublicBySlug(now, language, slug);
			if (translated.isPresent()) {
				show(model, ArticlePage.translated(localized(articlePage(translated.get().getArticle(), now), language),
						translated.get()));
				if (pageLanguage != null) {
					pageLanguage.translations(paths(translated.get().getArticle()));
				}
				addLatest(model, translated.get().getArticle().getId(), language);
				return "news/article";
			}
		}
		if (found.isEmpty()) {
			return articles.findByFormerSlug(slug)
				.filter(a -> a.isPublicAt(now))
				.map(a -> permanentRedirect(languages.path(language, "/actualites/" + a.getSlug())))
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		Article article = found.get();
		if (!language.equals(article.getLanguage())) {
			var translation = article.translation(language);
			if (translation.isPresent()) {
				// the English address of a translated article is its English slug
				return permanentRedirect(languages.path(language, "/actualites/" + translation.get().getSlug()));
			}
		}
		show(model, localized(articlePage(article, now), language));
		if (pageLanguage != null) {
			if (language.equals(article.getLanguage())) {
				pageLanguage.translations(paths(article));
			}
			else {
				pageLanguage.fallback(article.getLanguage(), "/actualites/" + article.getSlug());
			}
		}
		addLatest(model, article.getId(), language);
		return "news/article";
	}

	/** The article page, its body's library images drawn as {@code <picture>}s. */
	private void show(Model model, ArticlePage page) {
		model.addAttribute("page", page.withBody(renditions.pictures(page.body(), BODY_SIZES)));
	}

	/**
	 * The latest articles beside the article on a wide screen (titles and dates only: no
	 * image, so the page weighs no more).
	 */
	private void addLatest(Model model, long articleId, String language) {
		model.addAttribute("latest", news.localize(news.latest(LATEST, articleId), language));
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

	private static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
