package org.cohesion.portal.news.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.PageLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public newsroom: the list of all news, sections, the monthly archive and article
 * pages; what they show comes from the {@link Newsroom}.
 */
@Controller
class NewsController {

	private final Newsroom newsroom;

	private final Languages languages;

	NewsController(Newsroom newsroom, Languages languages) {
		this.newsroom = newsroom;
		this.languages = languages;
	}

	@GetMapping("/actualites")
	String list(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model, Locale locale) {
		model.addAttribute("list", newsroom.latest(page, locale));
		return "news/list";
	}

	@GetMapping("/rubriques/{slug}")
	String section(@PathVariable String slug, @RequestParam(name = "page", required = false) @Nullable Integer page,
			Model model, Locale locale) {
		model.addAttribute("list", newsroom.section(slug, page, locale));
		return "news/list";
	}

	@GetMapping("/actualites/archives")
	String archives(Model model) {
		model.addAttribute("months", newsroom.archiveMonths());
		return "news/archives";
	}

	@GetMapping("/actualites/archives/{year:\\d{4}}/{month:\\d{2}}")
	String month(@PathVariable int year, @PathVariable int month, Model model, Locale locale) {
		model.addAttribute("list", newsroom.month(year, month, locale));
		return "news/list";
	}

	/**
	 * An article in the reader's language (under {@code /en/} its English translation),
	 * or a permanent redirect to where it lives now.
	 */
	@GetMapping("/actualites/{slug}")
	Object article(@PathVariable String slug, Model model, HttpServletRequest request) {
		String language = PageLanguage.language(request, languages.defaultLanguage());
		Newsroom.ArticleAnswer answer = newsroom.article(slug, language);
		if (answer instanceof Newsroom.Moved moved) {
			RedirectView view = new RedirectView(moved.path());
			view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			view.setExposeModelAttributes(false);
			return view;
		}
		Newsroom.Shown shown = (Newsroom.Shown) answer;
		model.addAttribute("page", shown.page());
		PageLanguage pageLanguage = PageLanguage.of(request);
		if (pageLanguage != null) {
			if (shown.translations() != null) {
				pageLanguage.translations(shown.translations());
			}
			else if (shown.fallbackLanguage() != null && shown.fallbackPath() != null) {
				pageLanguage.fallback(shown.fallbackLanguage(), shown.fallbackPath());
			}
		}
		model.addAttribute("latest", shown.latest());
		return "news/article";
	}

}
