package org.cohesion.portal.site.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.platform.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** The home page and the static pages; what they show comes from {@link SiteReader}. */
@Controller
class SiteController {

	private final SiteReader siteReader;

	private final Languages languages;

	private final SiteProperties site;

	SiteController(SiteReader siteReader, Languages languages, SiteProperties site) {
		this.siteReader = siteReader;
		this.site = site;
		this.languages = languages;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		SiteReader.Home home = siteReader.home(locale.getLanguage());
		model.addAttribute("home", new HomePage(home.lead(), home.latest(), home.sections()));
		model.addAttribute("galleries", home.galleries());
		return "site/home";
	}

	/**
	 * Static pages live at the root ("/le-ministere"); the pattern leaves "robots.txt"
	 * and assets alone.
	 */
	@GetMapping("/{slug:[a-z0-9][a-z0-9-]*}")
	Object page(@PathVariable String slug, Model model, HttpServletRequest request) {
		String language = PageLanguage.language(request, languages.defaultLanguage());
		SiteReader.PageAnswer answer = siteReader.page(slug, language);
		if (answer instanceof SiteReader.MovedPage moved) {
			RedirectView redirect = new RedirectView(moved.path());
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return redirect;
		}
		SiteReader.ShownPage shown = (SiteReader.ShownPage) answer;
		model.addAttribute("page", shown.page().withContactLinks(site));
		PageLanguage pageLanguage = PageLanguage.of(request);
		if (pageLanguage != null) {
			if (shown.translations() != null) {
				pageLanguage.translations(shown.translations());
			}
			else if (shown.fallbackLanguage() != null && shown.fallbackPath() != null) {
				pageLanguage.fallback(shown.fallbackLanguage(), shown.fallbackPath());
			}
		}
		return "site/page";
	}

}
