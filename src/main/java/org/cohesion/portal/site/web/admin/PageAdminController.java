package org.cohesion.portal.site.web.admin;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.TranslationStatus;
import org.cohesion.portal.site.desk.PageDesk;
import org.cohesion.portal.site.domain.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Static pages in the back office: create, edit, order (Éditeur and Administrateur). */
@Controller
@RequestMapping("/admin/pages")
@PreAuthorize("hasAuthority('PERM_PAGE_MANAGE')")
class PageAdminController {

	private final PageDesk desk;

	private final MessageSource messages;

	private final TranslationDesk translations;

	PageAdminController(PageDesk desk, MessageSource messages, TranslationDesk translations) {
		this.desk = desk;
		this.translations = translations;
		this.messages = messages;
	}

	/** The rows of the list and where each page's translations stand. */
	private record Listed(List<PageRow> rows, Map<Long, List<TranslationStatus>> translations) {
	}

	/** A page as its form shows it. */
	private record Shown(long id, long version, PageForm form, List<TranslationStatus> translations) {
	}

	@GetMapping
	String list(Model model) {
		Listed listed = desk
			.list(all -> new Listed(all.stream().map(PageRow::of).toList(), translations.statuses(all, Page::getId)));
		model.addAttribute("pages", listed.rows());
		model.addAttribute("translations", listed.translations());
		return "site/admin/pages";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		return form(model, new PageForm("", "", "", "", null), null, FormErrors.none(), false);
	}

	@PostMapping("/nouvelle")
	String create(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			if (desk
				.create(form.title(), form.slug(), form.summary(), form.body(), Editors.require().email(),
						request.getRemoteAddr())
				.isPresent()) {
				redirect.addFlashAttribute("notice", message("page.admin.created"));
				return "redirect:/admin/pages";
			}
			errors.rejectValue("slug", "taken", message("page.form.slug.taken"));
		}
		return form(model, form, null, FormErrors.of(errors), false);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Shown shown = shown(id);
		model.addAttribute("translations", shown.translations());
		return form(model, shown.form(), shown, FormErrors.none(), false);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PageForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Shown shown = shown(id);
		if (form.version() != null && form.version() != shown.version()) {
			return form(model, form, shown, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, form, shown, FormErrors.of(errors), false);
		}
		if (!desk.update(id, form.version(), form.title(), form.summary(), form.body(), Editors.require().email(),
				request.getRemoteAddr())) {
			return form(model, form, shown(id), FormErrors.none(), true);
		}
		redirect.addFlashAttribute("notice", message("page.admin.updated"));
		return "redirect:/admin/pages";
	}

	@PostMapping("/{id}/deplacer")
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request) {
		desk.move(id, direction, Editors.require().email(), request.getRemoteAddr());
		return "redirect:/admin/pages";
	}

	private Shown shown(long id) {
		return desk
			.read(id,
					page -> new Shown(
							page.getId(), page.getVersion(), new PageForm(page.getTitle(), page.getSlug(),
									page.getSummary(), page.getBody(), page.getVersion()),
							translations.statuses(page)));
	}

	private String form(Model model, PageForm form, @Nullable Shown page, FormErrors errors, boolean conflict) {
		model.addAttribute("form", form);
		model.addAttribute("pageId", page == null ? null : page.id());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "site/admin/page-form";
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
