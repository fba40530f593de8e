package org.cohesion.portal.site.web.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.TranslationStatus;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslation;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final PageRepository pages;

	private final PageTranslationRepository translations;

	private final Languages languages;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	PageTranslationController(PageRepository pages, PageTranslationRepository translations, Languages languages,
			AuditTrail audit, MessageSource messages, Clock clock) {
		this.pages = pages;
		this.translations = translations;
		this.languages = languages;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, @PathVariable String language, Model model) {
		Page page = find(id, language);
		PageTranslationForm form = page.translation(language)
			.map(t -> new PageTranslationForm(t.getTitle(), t.getSummary(), t.getBody(), t.getVersion()))
			.orElse(new PageTranslationForm("", "", "", -1L));
		return form(model, page, language, form, FormErrors.none(), false);
	}

	@PostMapping
	@Transactional
	String save(@PathVariable long id, @PathVariable String language,
			@Valid @ModelAttribute("form") PageTranslationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Page page = find(id, language);
		PageTranslation before = page.translation(language).orElse(null);
		if (form.versionOrNew() != (before == null ? -1 : before.getVersion())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, page, language, form, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, page, language, form, FormErrors.of(errors), false);
		}
		String titleBefore = before == null ? null : before.getTitle();
		String ownSlug = before == null ? null : before.getSlug();
		String editor = Editors.require().displayName();
		PageTranslation translation = page.translate(language, form.title(), form.summary(), form.body(),
				slug -> !slug.equals(ownSlug)
						&& (pages.findBySlug(slug).isPresent() || PageAdminController.RESERVED.contains(slug)
								|| translations.existsByLanguageAndSlug(language, slug)),
				editor, clock);
		pages.saveAndFlush(page);
		audit.record(Editors.require().email(), request.getRemoteAddr(),
				before == null ? "PAGE_TRANSLATED" : "PAGE_TRANSLATION_SAVED", "page", String.valueOf(id),
				"Traduction (" + language + ") de la page « " + page.getTitle() + " » "
						+ (before == null ? "créée" : "enregistrée"),
				titleBefore, translation.getTitle());
		redirect.addFlashAttribute("notice", messages.getMessage("i18n.admin.notice.saved",
				new Object[] { languageName(language) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/pages/" + id + "/traductions/" + language;
	}

	@PostMapping("/supprimer")
	@Transactional
	String remove(@PathVariable long id, @PathVariable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		Page page = find(id, language);
		String title = page.translation(language).map(PageTranslation::getTitle).orElse(null);
		if (title != null) {
			page.removeTranslation(language);
			pages.saveAndFlush(page);
			audit.record(Editors.require().email(), request.getRemoteAddr(), "PAGE_TRANSLATION_REMOVED", "page",
					String.valueOf(id),
					"Traduction (" + language + ") de la page « " + page.getTitle() + " » supprimée", title, null);
			redirect.addFlashAttribute("notice", messages.getMessage("i18n.admin.notice.removed",
					new Object[] { languageName(language) }, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/pages";
	}

	/** Where each translation of each page stands, for the list of pages. */
	static Map<Long, List<TranslationStatus>> statuses(List<Page> pages, Languages languages) {
		Map<Long, List<TranslationStatus>> statuses = new LinkedHashMap<>();
		for (Page page : pages) {
			statuses.put(page.getId(),
					languages.all()
						.stream()
						.filter(language -> !language.equals(page.getLanguage()))
						.map(language -> page.translation(language)
							.map(t -> TranslationStatus.of(language, t.isOutdated(), t.getTitle(), t.getUpdatedAt()))
							.orElse(TranslationStatus.missing(language)))
						.toList());
		}
		return statuses;
	}

	private String form(Model model, Page page, String language, PageTranslationForm form, FormErrors errors,
			boolean conflict) {
		PageTranslation translation = page.translation(language).orElse(null);
		String state = translation == null ? "missing" : translation.isOutdated() ? "outdated" : "current";
		model.addAttribute("translation",
				new PageTranslationView(page.getId(), language, page.getLanguage(), page.getTitle(), page.getSummary(),
						page.getBody(), state,
						translation == null ? null : languages.path(language, "/" + translation.getSlug()),
						translation == null ? null : translation.getLastEditorName(),
						translation == null ? null : translation.getUpdatedAt(),
						translation != null && translation.isOutdated() ? new PageTranslationView.Translated(
								translation.getSourceUpdatedAt(), translation.getSourceTitle(),
								translation.getSourceSummary(), translation.getSourceBody()) : null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "site/admin/page-translation";
	}

	private Page find(long id, String language) {
		Page page = pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
		if (!languages.supports(language) || language.equals(page.getLanguage())) {
			throw new NotFoundException("language " + language);
		}
		return page;
	}

	private String languageName(String language) {
		return messages.getMessage("news.admin.language." + language, null, LocaleContextHolder.getLocale());
	}

}
