package org.cohesion.portal.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslation;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

@Controller
@Transactional(readOnly = true)
class SiteController {

	static final int LATEST = 9;

	private final NewsApi news;

	private final PageRepository pages;

	private final MediaApi media;

	private final PageTranslationRepository translations;

	private final Languages languages;

	private final SiteProperties site;

	SiteController(NewsApi news, PageRepository pages, MediaApi media, PageTranslationRepository translations,
			Languages languages, SiteProperties site) {
		this.site = site;
		this.news = news;
		this.pages = pages;
		this.media = media;
		this.translations = translations;
		this.languages = languages;
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		ArticleSummary lead = news.leadArticle().orElse(null);
		String language = locale.getLanguage();
		if (lead != null) {
			lead = news.localize(java.util.List.of(lead), language).get(0);
		}
		model.addAttribute("home", new HomePage(lead,
				news.localize(news.latest(LATEST, lead == null ? -1 : lead.id()), language), news.sections(language)));
		model.addAttribute("galleries", media.publicGalleries(0, 2).getContent());
		return "site/home";
	}

	/**
	 * Static pages live at the root ("/le-ministere"); the pattern leaves "robots.txt"
	 * and assets alone.
	 */
	@GetMapping("/{slug:[a-z0-9][a-z0-9-]*}")
	Object page(@PathVariable String slug, Model model, HttpServletRequest request) {
		String language = PageLanguage.language(request, languages.defaultLanguage());
		PageLanguage pageLanguage = PageLanguage.of(request);
		if (!languages.isDefault(language)) {
			var translated = translations.findByLanguageAndSlug(language, slug);
			if (translated.isPresent()) {
				model.addAttribute("page", PageView.of(translated.get()).withContactLinks(site));
				if (pageLanguage != null) {
					pageLanguage.translations(paths(translated.get().getPage()));
				}
				return "site/page";
			}
		}
		Page page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("page " + slug));
		if (!language.equals(page.getLanguage())) {
			var translation = page.translation(language);
			if (translation.isPresent()) {
				RedirectView redirect = new RedirectView(languages.path(language, "/" + translation.get().getSlug()));
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				redirect.setExposeModelAttributes(false);
				return redirect;
			}
		}
		model.addAttribute("page", PageView.of(page).withContactLinks(site));
		if (pageLanguage != null) {
			if (language.equals(page.getLanguage())) {
				pageLanguage.translations(paths(page));
			}
			else {
				pageLanguage.fallback(page.getLanguage(), "/" + page.getSlug());
			}
		}
		return "site/page";
	}

	private static Map<String, String> paths(Page page) {
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put(page.getLanguage(), "/" + page.getSlug());
		for (PageTranslation translation : page.getTranslations()) {
			paths.put(translation.getLanguage(), "/" + translation.getSlug());
		}
		return paths;
	}

}
