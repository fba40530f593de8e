package org.cohesion.portal.site.web;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.site.domain.PageRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SiteController {

	static final int LATEST = 9;

	private final NewsApi news;

	private final PageRepository pages;

	SiteController(NewsApi news, PageRepository pages) {
		this.news = news;
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		ArticleSummary lead = news.leadArticle().orElse(null);
		String language = locale.getLanguage();
		if (lead != null) {
			lead = news.localize(java.util.List.of(lead), language).get(0);
		}
		model.addAttribute("home", new HomePage(lead,
				news.localize(news.latest(LATEST, lead == null ? -1 : lead.id()), language), news.sections()));
		return "site/home";
	}

	/**
	 * Galleries arrive with the media library; until then the page says so rather than
	 * show a dead end.
	 */
	@GetMapping("/galeries")
	String galleries() {
		return "site/galleries";
	}

	/**
	 * The newsletter sign-up opens with the newsletter module; this page does not pretend
	 * to take sign-ups.
	 */
	@GetMapping("/newsletter")
	String newsletter() {
		return "site/newsletter";
	}

	/**
	 * Static pages live at the root ("/le-ministere"); the pattern leaves "robots.txt"
	 * and assets alone.
	 */
	@GetMapping("/{slug:[a-z0-9][a-z0-9-]*}")
	String page(@PathVariable String slug, Model model) {
		model.addAttribute("page", pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("page " + slug)));
		return "site/page";
	}

}
