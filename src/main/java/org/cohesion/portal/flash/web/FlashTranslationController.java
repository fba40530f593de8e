package org.cohesion.portal.flash.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.flash.desk.FlashDesk;
import org.cohesion.portal.flash.domain.FlashItemTranslation;
import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.shared.FormErrors;
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

	private final TranslationDesk translations;

	FlashTranslationController(FlashDesk desk, TranslationDesk translations) {
		this.desk = desk;
		this.translations = translations;
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
		redirect.addFlashAttribute("notice", translations.savedNotice(language));
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/supprimer")
	String remove(@PathVariable long id, @PathVariable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		current(id, language); // 404 for an unknown item or language
		if (desk.removeTranslation(id, language, Editors.require().email(), request.getRemoteAddr())) {
			redirect.addFlashAttribute("notice", translations.removedNotice(language));
		}
		return "redirect:/admin/flash-infos";
	}

	private Current current(long id, String language) {
		return desk.read(id, item -> {
			translations.requireTarget(item, language);
			FlashItemTranslation translation = item.translation(language).orElse(null);
			boolean outdated = translation != null && translation.isOutdated();
			String state = TranslationDesk.state(translation);
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

}
