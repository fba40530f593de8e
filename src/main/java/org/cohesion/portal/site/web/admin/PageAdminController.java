package org.cohesion.portal.site.web.admin;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.cohesion.portal.shared.Slugs;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
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

/** Static pages in the back office: create, edit, order (Éditeur and Administrateur). */
@Controller
@RequestMapping("/admin/pages")
@PreAuthorize("hasAuthority('PERM_PAGE_MANAGE')")
class PageAdminController {

	/** Addresses the site already uses at its root: a page cannot take them. */
	static final Set<String> RESERVED = Set.of("actualites", "rubriques", "flash-infos", "galeries", "newsletter",
			"admin", "connexion", "deconnexion", "error", "css", "js", "img", "demo", "api", "recherche", "feeds",
			"sitemap", "robots");

	private final PageRepository pages;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final Languages languages;

	PageAdminController(PageRepository pages, AuditTrail audit, MessageSource messages, Clock clock,
			Languages languages) {
		this.languages = languages;
		this.pages = pages;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		var all = pages.findAllByOrderByPositionAsc();
		model.addAttribute("pages", all.stream().map(PageRow::of).toList());
		model.addAttribute("translations", PageTranslationController.statuses(all, languages));
		return "site/admin/pages";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		return form(model, new PageForm("", "", "", "", null), null, FormErrors.none(), false);
	}

	@PostMapping("/nouvelle")
	@Transactional
	String create(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		String slug = form.slug() == null || form.slug().isBlank() ? Slugs.slugify(form.title()) : form.slug();
		if (!errors.hasErrors() && (RESERVED.contains(slug) || pages.findBySlug(slug).isPresent())) {
			errors.rejectValue("slug", "taken", message("page.form.slug.taken"));
		}
		if (errors.hasErrors()) {
			return form(model, form, null, FormErrors.of(errors), false);
		}
		Page page = pages.save(new Page(slug, form.title(), form.summary(), form.body(),
				pages.findAllByOrderByPositionAsc().size() + 1, clock));
		audit.record(Editors.require().email(), request.getRemoteAddr(), "PAGE_CREATED", "page",
				String.valueOf(page.getId()), "Page créée : « " + page.getTitle() + " » (/" + page.getSlug() + ")",
				null, page.getBody());
		redirect.addFlashAttribute("notice", message("page.admin.created"));
		return "redirect:/admin/pages";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Page page = find(id);
		model.addAttribute("translations", PageTranslationController.statuses(List.of(page), languages).get(id));
		return form(model,
				new PageForm(page.getTitle(), page.getSlug(), page.getSummary(), page.getBody(), page.getVersion()),
				page, FormErrors.none(), false);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PageForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Page page = find(id);
		if (form.version() != null && form.version() != page.getVersion()) {
			return form(model, form, page, FormErrors.none(), true);
		}
		if (errors.hasErrors()) {
			return form(model, form, page, FormErrors.of(errors), false);
		}
		String before = page.getTitle() + "\n" + page.getSummary() + "\n" + page.getBody();
		page.edit(form.title(), form.summary(), form.body(), clock);
		audit.record(Editors.require().email(), request.getRemoteAddr(), "PAGE_UPDATED", "page", String.valueOf(id),
				"Page modifiée : « " + page.getTitle() + " »", before,
				page.getTitle() + "\n" + page.getSummary() + "\n" + page.getBody());
		redirect.addFlashAttribute("notice", message("page.admin.updated"));
		return "redirect:/admin/pages";
	}

	@PostMapping("/{id}/deplacer")
	@Transactional
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request) {
		if (Ordering.move(pages.findAllByOrderByPositionAsc(), find(id), direction, 1, Page::moveTo)) {
			audit.record(Editors.require().email(), request.getRemoteAddr(), "PAGE_REORDERED", "page",
					String.valueOf(id), "Ordre des pages modifié", null, null);
		}
		return "redirect:/admin/pages";
	}

	private String form(Model model, PageForm form, Page page, FormErrors errors, boolean conflict) {
		model.addAttribute("form", form);
		model.addAttribute("pageId", page == null ? null : page.getId());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "site/admin/page-form";
	}

	private Page find(long id) {
		return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
