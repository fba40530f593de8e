package org.cohesion.portal.site.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.site.desk.PageDesk;
import org.cohesion.portal.site.domain.PageTranslation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Translations of static pages, beside the original; whoever manages pages translates
 * them. A page's translation is online as soon as it is saved (pages have no workflow).
 */
@Controller
@RequestMapping("/admin/pages/{id}/traductions/{language:[a-z]{2,3}}")
@PreAuthorize("hasAuthority('PERM_PAGE_MANAGE')")
class PageTranslationController {

	private final PageDesk pages;

	private final Languages languages;

	private final TranslationDesk desk;

	PageTranslationController(PageDesk pages, Languages languages, TranslationDesk desk) {
		this.pages = pages;
		this.languages = languages;
		this.desk = desk;
	}

	/**
	 * The editor's view, the version of the translation it shows (-1 for none yet), its
	 * form.
	 */
	private record Current(PageTranslationView view, long version, PageTranslationForm stored) {
	}

	@GetMapping
	String edit(@PathVariable long id, @PathVariable String language, Model model) {
		Current current = current(id, language);
		return form(model, current.view(), current.stored(), FormErrors.none(), false);
	}

	@PostMapping
	String save(@PathVariable long id, @PathVariable String language,
			@Valid @ModelAttribute("form") PageTranslationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Current current = current(id, language);
		if (form.versionOrNew() != current.version()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, current.view(), form, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, current.view(), form, FormErrors.of(errors), false);
		}
		if (!pages.translate(id, language, form.versionOrNew(), form.title(), form.summary(), form.body(),
				Editors.require().displayName(), Editors.require().email(), request.getRemoteAddr())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, current(id, language).view(), form, FormErrors.none(), true);
		}
		redirect.addFlashAttribute("notice", desk.savedNotice(language));
		return "redirect:/admin/pages/" + id + "/traductions/" + language;
	}

	@PostMapping("/supprimer")
	String remove(@PathVariable long id, @PathVariable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		current(id, language); // 404 for an unknown page or language
		if (pages.removeTranslation(id, language, Editors.require().email(), request.getRemoteAddr())) {
			redirect.addFlashAttribute("notice", desk.removedNotice(language));
		}
		return "redirect:/admin/pages";
	}

	private Current current(long id, String language) {
		return pages.read(id, page -> {
			desk.requireTarget(page, language);
			PageTranslation translation = page.translation(language).orElse(null);
			PageTranslationView view = new PageTranslationView(page.getId(), language, page.getLanguage(),
					page.getTitle(), page.getSummary(), page.getBody(), TranslationDesk.state(translation),
					translation == null ? null : languages.path(language, "/" + translation.getSlug()),
					translation == null ? null : translation.getLastEditorName(),
					translation == null ? null : translation.getUpdatedAt(),
					translation != null && translation.isOutdated() ? new PageTranslationView.Translated(
							translation.getSourceUpdatedAt(), translation.getSourceTitle(),
							translation.getSourceSummary(), translation.getSourceBody()) : null);
			return translation == null ? new Current(view, -1, new PageTranslationForm("", "", "", -1L))
					: new Current(view, translation.getVersion(), new PageTranslationForm(translation.getTitle(),
							translation.getSummary(), translation.getBody(), translation.getVersion()));
		});
	}

	private String form(Model model, PageTranslationView view, PageTranslationForm form, FormErrors errors,
			boolean conflict) {
		model.addAttribute("translation", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "site/admin/page-translation";
	}

}
