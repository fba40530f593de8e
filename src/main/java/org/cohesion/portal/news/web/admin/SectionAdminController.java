package org.cohesion.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.news.editorial.SectionDesk;
import org.cohesion.portal.shared.FormErrors;
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

/**
 * Sections (rubriques) in the back office: create, rename, order (Éditeur and
 * Administrateur).
 */
@Controller
@RequestMapping("/admin/rubriques")
@PreAuthorize("hasAuthority('PERM_SECTION_MANAGE')")
class SectionAdminController {

	private final SectionDesk desk;

	private final MessageSource messages;

	SectionAdminController(SectionDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	/** What the form shows of a section besides its fields. */
	private record Shown(long id, String slug, long version, SectionForm form) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sections", desk.list(SectionRow::of));
		return "news/admin/sections";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		return form(model, new SectionForm("", "", null), null, FormErrors.none(), false);
	}

	@PostMapping("/nouvelle")
	String create(@Valid @ModelAttribute("form") SectionForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			if (desk.create(form.name(), text(form.description()), Editors.require().email(), request.getRemoteAddr())
				.isPresent()) {
				redirect.addFlashAttribute("notice", message("section.admin.created"));
				return "redirect:/admin/rubriques";
			}
			errors.rejectValue("name", "duplicate", message("section.form.name.duplicate"));
		}
		return form(model, form, null, FormErrors.of(errors), false);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Shown shown = shown(id);
		return form(model, shown.form(), shown, FormErrors.none(), false);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Shown shown = shown(id);
		if (form.version() != null && form.version() != shown.version()) {
			return form(model, form, shown, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, form, shown, FormErrors.of(errors), false);
		}
		if (!desk.update(id, form.version(), form.name(), text(form.description()), Editors.require().email(),
				request.getRemoteAddr())) {
			return form(model, form, shown(id), FormErrors.none(), true);
		}
		redirect.addFlashAttribute("notice", message("section.admin.updated"));
		return "redirect:/admin/rubriques";
	}

	@PostMapping("/{id}/deplacer")
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request) {
		desk.move(id, direction, Editors.require().email(), request.getRemoteAddr());
		return "redirect:/admin/rubriques";
	}

	private Shown shown(long id) {
		return desk.read(id, section -> new Shown(section.getId(), section.getSlug(), section.getVersion(),
				new SectionForm(section.getName(), section.getDescription(), section.getVersion())));
	}

	private String form(Model model, SectionForm form, @Nullable Shown section, FormErrors errors, boolean conflict) {
		model.addAttribute("form", form);
		model.addAttribute("sectionId", section == null ? null : section.id());
		model.addAttribute("slug", section == null ? null : section.slug());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "news/admin/section-form";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
