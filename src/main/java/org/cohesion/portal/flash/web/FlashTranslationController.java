package org.cohesion.portal.flash.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.desk.FlashDesk;
import org.cohesion.portal.flash.domain.FlashItemTranslation;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.TranslationStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Translations of flash infos; whoever manages flash infos translates them. A translation
 * shows in the ticker exactly when the original does.
 */
@Controller
@RequestMapping("/admin/flash-infos/{id}/traductions/{language:[a-z]{2,3}}")
@PreAuthorize("hasAuthority('PERM_FLASH_MANAGE')")
class FlashTranslationController {

	private final FlashDesk desk;

	private final Languages languages;

	private final MessageSource messages;

	FlashTranslationController(FlashDesk desk, Languages languages, MessageSource messages) {
		this.desk = desk;
		this.languages = languages;
		this.messages = messages;
	}

	/** The page's view and the version of the translation it shows (-1 for none yet). */
	private record Current(FlashTranslationView view, long version, String label, String text) {
	}

	@GetMapping
	String edit(@PathVariable long id, @PathVariable String language, Model model) {
		Current current = current(id, language);
		FlashTranslationForm form = current.version() < 0 ? new FlashTranslationForm("", "", -1L)
				: new FlashTranslationForm(current.label(), current.text(), current.version());
		return form(model, current.view(), form, FormErrors.none(), false);
	}

	@PostMapping
	String save(@PathVariable long id, @PathVariable String language,
			@Valid @ModelAttribute("form") FlashTranslationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Current current = current(id, language);
		if (form.versionOrNew() != current.version()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, current.view(), form, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, current.view(), form, FormErrors.of(errors), false);
		}
		if (!desk.translate(id, language, form.versionOrNew(), form.label(), form.text(),
				Editors.require().displayName(), Editors.require().email(), request.getRemoteAddr())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, current(id, language).view(), form, FormErrors.none(), true);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("i18n.admin.notice.saved",
				new Object[] { languageName(language) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/supprimer")
	String remove(@PathVariable long id, @PathVariable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		current(id, language); // 404 for an unknown item or language
		if (desk.removeTranslation(id, language, Editors.require().email(), request.getRemoteAddr())) {
			redirect.addFlashAttribute("notice", messages.getMessage("i18n.admin.notice.removed",
					new Object[] { languageName(language) }, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/flash-infos";
	}

	/** Where each translation of each item stands, for the back office's list. */
	static Map<Long, List<TranslationStatus>> statuses(List<FlashItem> all, Languages languages) {
		Map<Long, List<TranslationStatus>> statuses = new LinkedHashMap<>();
		for (FlashItem item : all) {
			statuses.put(item.getId(),
					languages.all()
						.stream()
						.filter(language -> !language.equals(item.getLanguage()))
						.map(language -> item.translation(language)
							.map(t -> TranslationStatus.of(language, t.isOutdated(), t.getLabel(), t.getUpdatedAt()))
							.orElse(TranslationStatus.missing(language)))
						.toList());
		}
		return statuses;
	}

	private Current current(long id, String language) {
		return desk.read(id, item -> {
			if (!languages.supports(language) || language.equals(item.getLanguage())) {
				throw new NotFoundException("language " + language);
			}
			FlashItemTranslation translation = item.translation(language).orElse(null);
			boolean outdated = translation != null && translation.isOutdated();
			String state = translation == null ? "missing" : outdated ? "outdated" : "current";
			FlashTranslationView view = new FlashTranslationView(item.getId(), language, item.getLanguage(),
					item.getLabel(), item.getText(), state,
					translation == null ? null : translation.getLastEditorName(),
					translation == null ? null : translation.getUpdatedAt(),
					outdated ? translation.getSourceLabel() : null, outdated ? translation.getSourceText() : null);
			return translation == null ? new Current(view, -1, "", "")
					: new Current(view, translation.getVersion(), translation.getLabel(), translation.getText());
		});
	}

	private String form(Model model, FlashTranslationView view, FlashTranslationForm form, FormErrors errors,
			boolean conflict) {
		model.addAttribute("translation", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "flash/admin/translation";
	}

	private String languageName(String language) {
		return messages.getMessage("news.admin.language." + language, null, LocaleContextHolder.getLocale());
	}

}
