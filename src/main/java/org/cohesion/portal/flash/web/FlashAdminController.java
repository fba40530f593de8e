package org.cohesion.portal.flash.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.springframework.context.MessageSource;
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
 * Flash infos in the back office: create, edit, order, schedule, remove (Éditeur and
 * Administrateur).
 */
@Controller
@RequestMapping("/admin/flash-infos")
@PreAuthorize("hasAuthority('PERM_FLASH_MANAGE')")
class FlashAdminController {

	private final FlashItemRepository items;

	private final NewsApi news;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final org.cohesion.portal.i18n.Languages languages;

	FlashAdminController(FlashItemRepository items, NewsApi news, AuditTrail audit, MessageSource messages, Clock clock,
			org.cohesion.portal.i18n.Languages languages) {
		this.languages = languages;
		this.items = items;
		this.news = news;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		Instant now = clock.instant();
		List<FlashItem> all = items.findAllForBackOffice();
		Map<Long, String> paths = news
			.publishedPaths(all.stream().map(FlashItem::getArticleId).filter(java.util.Objects::nonNull).toList());
		List<FlashAdminRow> rows = new ArrayList<>();
		for (FlashItem item : all) {
			String state = item.isShownAt(now) ? "shown" : item.getShowFrom().isAfter(now) ? "scheduled" : "expired";
			rows.add(new FlashAdminRow(item.getId(), item.getLabel(), item.getText(), item.getShowFrom(),
					item.getShowUntil(), state, item.getArticleId() == null ? null : paths.get(item.getArticleId())));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("translations", FlashTranslationController.statuses(all, languages));
		return "flash/admin/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		return form(model, FlashForm.blank(LocalDateTime.now(clock)), null);
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(@Valid @ModelAttribute("form") FlashForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(errors));
			return form(model, form, null);
		}
		FlashItem item = new FlashItem(form.label(), form.text(), instant(form.showFrom()), instant(form.showUntil()),
				clock);
		item.linkTo(form.articleId());
		item.moveTo(items.findAllForBackOffice().stream().mapToInt(FlashItem::getPosition).min().orElse(1) - 1);
		items.save(item);
		audit.record(actor(), request.getRemoteAddr(), "FLASH_CREATED", "flash", String.valueOf(item.getId()),
				"Flash info créé : « " + item.getLabel() + " : " + item.getText() + " »", null, describe(item));
		redirect.addFlashAttribute("notice", message("flash.admin.created"));
		return "redirect:/admin/flash-infos";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		FlashItem item = find(id);
		return form(model, new FlashForm(item.getLabel(), item.getText(), local(item.getShowFrom()),
				local(item.getShowUntil()), item.getArticleId(), item.getVersion()), id);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FlashForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		FlashItem item = find(id);
		if (form.version() != null && form.version() != item.getVersion()) {
			model.addAttribute("conflict", true);
			return form(model, form, id);
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(errors));
			return form(model, form, id);
		}
		String before = describe(item);
		item.edit(form.label(), form.text(), instant(form.showFrom()), instant(form.showUntil()), form.articleId(),
				clock);
		audit.record(actor(), request.getRemoteAddr(), "FLASH_UPDATED", "flash", String.valueOf(id),
				"Flash info modifié : « " + item.getLabel() + " »", before, describe(item));
		redirect.addFlashAttribute("notice", message("flash.admin.updated"));
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/{id}/deplacer")
	@Transactional
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (Ordering.move(items.findAllForBackOffice(), find(id), direction, 0, FlashItem::moveTo)) {
			audit.record(actor(), request.getRemoteAddr(), "FLASH_REORDERED", "flash", String.valueOf(id),
					"Ordre des flash infos modifié", null, null);
		}
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		FlashItem item = find(id);
		String before = describe(item);
		items.delete(item);
		audit.record(actor(), request.getRemoteAddr(), "FLASH_DELETED", "flash", String.valueOf(id),
				"Flash info supprimé : « " + item.getLabel() + " : " + item.getText() + " »", before, null);
		redirect.addFlashAttribute("notice", message("flash.admin.deleted"));
		return "redirect:/admin/flash-infos";
	}

	private String form(Model model, FlashForm form, Long id) {
		List<ArticleSummary> articles = news.latest(60, -1);
		model.addAttribute("form", form);
		model.addAttribute("itemId", id);
		model.addAttribute("articles", articles);
		model.addAttribute("conflict", model.containsAttribute("conflict"));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "flash/admin/form";
	}

	private FlashItem find(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("flash " + id));
	}

	private Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(clock.getZone()).toInstant();
	}

	private LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
	}

	private String describe(FlashItem item) {
		return "label=" + item.getLabel() + "\ntext=" + item.getText() + "\nshowFrom=" + item.getShowFrom()
				+ "\nshowUntil=" + item.getShowUntil() + "\narticleId=" + item.getArticleId();
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String message(String key) {
		return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
