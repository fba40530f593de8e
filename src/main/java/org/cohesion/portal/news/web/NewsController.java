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

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.FrenchDates;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Pagination;
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

	private final ArticleRepository articles;

	private final org.cohesion.portal.media.MediaApi media;

	private final SectionRepository sections;

	private final MessageSource messages;

	private final Clock clock;

	NewsController(ArticleRepository articles, SectionRepository sections, MessageSource messages, Clock clock,
			org.cohesion.portal.media.MediaApi media) {
		this.media = media;
		this.articles = articles;
		this.sections = sections;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/actualites")
	String list(@RequestParam(name = "page", required = false) Integer page, Model model, Locale locale) {
		Page<Article> found = articles.findPublicPage(clock.instant(),
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		String heading = messages.getMessage("news.list.heading", null, locale);
		model.addAttribute("list", listPage(found, heading, null, "/actualites"));
		return "news/list";
	}

	@GetMapping("/rubriques/{slug}")
	String section(@PathVariable String slug, @RequestParam(name = "page", required = false) Integer page,
			Model model) {
		var section = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
		Page<Article> found = articles.findPublicInSection(clock.instant(), slug,
				PageRequest.of(Pagination.index(page), PAGE_SIZE));
		model.addAttribute("list", listPage(found, section.getName(), section.getDescription(), section.getSlug()));
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
		model.addAttribute("list",
				new ListPage(label, null, found.stream().map(Article::toSummary).toList(), null, label));
		return "news/list";
	}

	@GetMapping("/actualites/{slug}")
	Object article(@PathVariable String slug, Model model) {
		Instant now = clock.instant();
		var found = articles.findBySlug(slug).filter(a -> a.isPublicAt(now));
		if (found.isEmpty()) {
			return articles.findByFormerSlug(slug)
				.filter(a -> a.isPublicAt(now))
				.map(a -> permanentRedirect("/actualites/" + a.getSlug()))
				.orElseThrow(() -> new NotFoundException("article " + slug));
		}
		Article article = found.get();
		var summary = article.toSummary();
		var related = articles.findRelated(now, article.getSection(), article.getId(), Limit.of(RELATED))
			.stream()
			.map(Article::toSummary)
			.toList();
		var older = articles.findOlder(now, summary.publishedAt(), article.getId(), Limit.of(1));
		var newer = articles.findNewer(now, summary.publishedAt(), article.getId(), Limit.of(1));
		model.addAttribute("page", ArticlePage.of(article, related, older.isEmpty() ? null : older.get(0).toSummary(),
				newer.isEmpty() ? null : newer.get(0).toSummary(), article.getGalleryId() == null ? null
						: media.gallery(article.getGalleryId()).filter(g -> !g.photos().isEmpty()).orElse(null)));
		return "news/article";
	}

	private ListPage listPage(Page<Article> found, String heading, String intro, String sectionSlugOrPath) {
		int current = found.getNumber() + 1;
		NotFoundException.unlessPageExists(current, found.getTotalPages());
		String basePath = sectionSlugOrPath.startsWith("/") ? sectionSlugOrPath : "/rubriques/" + sectionSlugOrPath;
		return new ListPage(heading, intro, found.map(Article::toSummary).getContent(),
				new Pagination(current, found.getTotalPages(), found.getTotalElements(), basePath), heading);
	}

	private static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
