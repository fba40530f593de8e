package org.cohesion.portal.flash.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
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
 * Translations of flash infos; whoever manages flash infos translates them. A translation
 * shows in the ticker exactly when the original does.
 */
@Controller
@RequestMapping("/admin/flash-infos/{id}/traductions/{language:[a-z]{2,3}}")
@PreAuthorize("hasAuthority('PERM_FLASH_MANAGE')")
class FlashTranslationController {

	private final FlashItemRepository items;

	private final Languages languages;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	FlashTranslationController(FlashItemRepository items, Languages languages, AuditTrail audit, MessageSource messages,
			Clock clock) {
		this.items = items;
		this.languages = languages;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, @PathVariable String language, Model model) {
		FlashItem item = find(id, language);
		FlashTranslationForm form = item.translation(language)
			.map(t -> new FlashTranslationForm(t.getLabel(), t.getText(), t.getVersion()))
			.orElse(new FlashTranslationForm("", "", -1L));
		return form(model, item, language, form, FormErrors.none(), false);
	}

	@PostMapping
	@Transactional
	String save(@PathVariable long id, @PathVariable String language,
			@Valid @ModelAttribute("form") FlashTranslationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		FlashItem item = find(id, language);
		FlashItemTranslation before = item.translation(language).orElse(null);
		if (form.versionOrNew() != (before == null ? -1 : before.getVersion())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, item, language, form, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, item, language, form, FormErrors.of(errors), false);
		}
		String textBefore = before == null ? null : before.getLabel() + " : " + before.getText();
		FlashItemTranslation translation = item.translate(language, form.label(), form.text(),
				Editors.require().displayName(), clock);
		items.saveAndFlush(item);
		audit.record(Editors.require().email(), request.getRemoteAddr(),
				before == null ? "FLASH_TRANSLATED" : "FLASH_TRANSLATION_SAVED", "flash", String.valueOf(id),
				"Traduction (" + language + ") de la flash info « " + item.getLabel() + " » "
						+ (before == null ? "créée" : "enregistrée"),
				textBefore, translation.getLabel() + " : " + translation.getText());
		redirect.addFlashAttribute("notice", messages.getMessage("i18n.admin.notice.saved",
				new Object[] { languageName(language) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/supprimer")
	@Transactional
	String remove(@PathVariable long id, @PathVariable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		FlashItem item = find(id, language);
		FlashItemTranslation translation = item.translation(language).orElse(null);
		if (translation != null) {
			String text = translation.getLabel() + " : " + translation.getText();
			item.removeTranslation(language);
			items.saveAndFlush(item);
			audit.record(Editors.require().email(), request.getRemoteAddr(), "FLASH_TRANSLATION_REMOVED", "flash",
					String.valueOf(id),
					"Traduction (" + language + ") de la flash info « " + item.getLabel() + " » supprimée", text, null);
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

	private String form(Model model, FlashItem item, String language, FlashTranslationForm form, FormErrors errors,
			boolean conflict) {
		FlashItemTranslation translation = item.translation(language).orElse(null);
		boolean outdated = translation != null && translation.isOutdated();
		String state = translation == null ? "missing" : outdated ? "outdated" : "current";
		model.addAttribute("translation",
				new FlashTranslationView(item.getId(), language, item.getLanguage(), item.getLabel(), item.getText(),
						state, translation == null ? null : translation.getLastEditorName(),
						translation == null ? null : translation.getUpdatedAt(),
						outdated ? translation.getSourceLabel() : null, outdated ? translation.getSourceText() : null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "flash/admin/translation";
	}

	private FlashItem find(long id, String language) {
		FlashItem item = items.findById(id).orElseThrow(() -> new NotFoundException("flash " + id));
		if (!languages.supports(language) || language.equals(item.getLanguage())) {
			throw new NotFoundException("language " + language);
		}
		return item;
	}

	private String languageName(String language) {
		return messages.getMessage("news.admin.language." + language, null, LocaleContextHolder.getLocale());
	}

}
