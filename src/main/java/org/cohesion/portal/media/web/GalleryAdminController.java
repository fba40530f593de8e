package org.cohesion.portal.media.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.media.internal.GalleryAdmin;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Galleries in the back office: create, edit, add images, caption and order them. The
 * work, its transaction and its audit are {@link GalleryAdmin}'s.
 */
@Controller
@RequestMapping("/admin/galeries")
@PreAuthorize("hasAuthority('PERM_MEDIA_MANAGE')")
class GalleryAdminController {

	private final GalleryAdmin galleries;

	private final MessageSource messages;

	GalleryAdminController(GalleryAdmin galleries, MessageSource messages) {
		this.galleries = galleries;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("galleries", galleries.list());
		return "media/admin/galleries";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		GalleryAdmin.Editing editing = galleries.editing(null, null);
		return form(model, editing, new GalleryForm("", editing.date(), "", List.of(), List.of(), null, null),
				FormErrors.none());
	}

	@PostMapping("/nouvelle")
	String create(@Valid @ModelAttribute("form") GalleryForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, galleries.editing(null, form.captions()), form, FormErrors.of(errors));
		}
		long id = galleries.create(change(form), actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", message("media.gallery.created"));
		return "redirect:/admin/galeries/" + id;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		GalleryAdmin.Editing editing = galleries.editing(id, null);
		return form(model, editing, new GalleryForm(editing.title(), editing.date(), editing.description(),
				editing.captions(), List.of(), null, editing.version()), FormErrors.none());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") GalleryForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, galleries.editing(id, form.captions()), form, FormErrors.of(errors));
		}
		if (galleries.update(id, form.version(), change(form), actor(),
				request.getRemoteAddr()) == GalleryAdmin.Outcome.CONFLICT) {
			model.addAttribute("conflict", true);
			return form(model, galleries.editing(id, form.captions()), form, FormErrors.none());
		}
		redirect.addFlashAttribute("notice", message("media.gallery.saved"));
		String action = form.action() == null ? "save" : form.action();
		return "redirect:/admin/galeries/" + id + (action.equals("save") ? "" : "#images");
	}

	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		galleries.delete(id, actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", message("media.gallery.deleted"));
		return "redirect:/admin/galeries";
	}

	private static GalleryAdmin.Change change(GalleryForm form) {
		return new GalleryAdmin.Change(form.title(), form.description(), form.date(), form.captions(), form.add(),
				form.action());
	}

	private String form(Model model, GalleryAdmin.Editing editing, GalleryForm form, FormErrors errors) {
		model.addAttribute("galleryId", editing.id());
		model.addAttribute("gallerySlug", editing.slug());
		model.addAttribute("form", form);
		model.addAttribute("slots", editing.slots());
		model.addAttribute("candidates", editing.candidates());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", model.containsAttribute("conflict"));
		return "media/admin/gallery";
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
