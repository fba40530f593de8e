package org.cohesion.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.cohesion.portal.shared.Slugs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final SectionRepository sections;

	private final AuditTrail audit;

	private final MessageSource messages;

	SectionAdminController(SectionRepository sections, AuditTrail audit, MessageSource messages) {
		this.sections = sections;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("sections", sections.findAllByOrderByPositionAsc().stream().map(SectionRow::of).toList());
		return "news/admin/sections";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		return form(model, new SectionForm("", "", null), null, FormErrors.none(), false);
	}

	@PostMapping("/nouvelle")
	@Transactional
	String create(@Valid @ModelAttribute("form") SectionForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		String slug = Slugs.slugify(form.name());
		if (!errors.hasErrors() && sections.findBySlug(slug).isPresent()) {
			errors.rejectValue("name", "duplicate", message("section.form.name.duplicate"));
		}
		if (errors.hasErrors()) {
			return form(model, form, null, FormErrors.of(errors), false);
		}
		Section section = sections.save(new Section(slug, form.name(), text(form.description()),
				sections.findAllByOrderByPositionAsc().size()));
		audit.record(Editors.require().email(), request.getRemoteAddr(), "SECTION_CREATED", "section",
				String.valueOf(section.getId()), "Rubrique créée : « " + section.getName() + " »", null,
				section.getName());
		redirect.addFlashAttribute("notice", message("section.admin.created"));
		return "redirect:/admin/rubriques";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Section section = find(id);
		return form(model, new SectionForm(section.getName(), section.getDescription(), section.getVersion()), section,
				FormErrors.none(), false);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Section section = find(id);
		if (form.version() != null && form.version() != section.getVersion()) {
			return form(model, form, section, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, form, section, FormErrors.of(errors), false);
		}
		String before = section.getName() + "\n" + section.getDescription();
		section.edit(form.name(), text(form.description()));
		audit.record(Editors.require().email(), request.getRemoteAddr(), "SECTION_UPDATED", "section",
				String.valueOf(id), "Rubrique modifiée : « " + section.getName() + " »", before,
				section.getName() + "\n" + section.getDescription());
		redirect.addFlashAttribute("notice", message("section.admin.updated"));
		return "redirect:/admin/rubriques";
	}

	@PostMapping("/{id}/deplacer")
	@Transactional
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request) {
		if (Ordering.move(sections.findAllByOrderByPositionAsc(), find(id), direction, 0, Section::moveTo)) {
			audit.record(Editors.require().email(), request.getRemoteAddr(), "SECTION_REORDERED", "section",
					String.valueOf(id), "Ordre des rubriques modifié", null, null);
		}
		return "redirect:/admin/rubriques";
	}

	private String form(Model model, SectionForm form, Section section, FormErrors errors, boolean conflict) {
		model.addAttribute("form", form);
		model.addAttribute("sectionId", section == null ? null : section.getId());
		model.addAttribute("slug", section == null ? null : section.getSlug());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "news/admin/section-form";
	}

	private Section find(long id) {
		return sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
