package org.cohesion.portal.site.web;

import org.cohesion.portal.media.MediaApi;
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

	private final MediaApi media;

	SiteController(NewsApi news, PageRepository pages, MediaApi media) {
		this.news = news;
		this.pages = pages;
		this.media = media;
	}

	@GetMapping("/")
	String home(Model model) {
		ArticleSummary lead = news.leadArticle().orElse(null);
		model.addAttribute("home",
				new HomePage(lead, news.latest(LATEST, lead == null ? -1 : lead.id()), news.sections()));
		model.addAttribute("galleries",
				media.galleries(4).stream().filter(gallery -> !gallery.photos().isEmpty()).limit(2).toList());
		return "site/home";
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
