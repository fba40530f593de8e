package org.cohesion.portal.flash.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.flash.desk.FlashDesk;
import org.cohesion.portal.flash.desk.FlashDesk.FlashContent;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.FormErrors;
import org.springframework.context.MessageSource;
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
 * Flash infos in the back office: create, edit, order, schedule, remove (Éditeur and
 * Administrateur).
 */
@Controller
@RequestMapping("/admin/flash-infos")
@PreAuthorize("hasAuthority('PERM_FLASH_MANAGE')")
class FlashAdminController {

	private final FlashDesk desk;

	private final NewsApi news;

	private final MessageSource messages;

	private final Clock clock;

	private final TranslationDesk translations;

	FlashAdminController(FlashDesk desk, NewsApi news, MessageSource messages, Clock clock,
			TranslationDesk translations) {
		this.desk = desk;
		this.translations = translations;
		this.news = news;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		Instant now = clock.instant();
		record Listed(List<FlashItem> all, Map<Long, List<org.cohesion.portal.shared.TranslationStatus>> translations) {
		}
		Listed listed = desk.list(all -> new Listed(all, translations.statuses(all, FlashItem::getId)));
		List<FlashItem> all = listed.all();
		Map<Long, String> paths = news
			.publishedPaths(all.stream().map(FlashItem::getArticleId).filter(java.util.Objects::nonNull).toList());
		List<FlashAdminRow> rows = new ArrayList<>();
		for (FlashItem item : all) {
			String state = item.isShownAt(now) ? "shown" : item.getShowFrom().isAfter(now) ? "scheduled" : "expired";
			rows.add(new FlashAdminRow(item.getId(), item.getLabel(), item.getText(), item.getShowFrom(),
					item.getShowUntil(), state, item.getArticleId() == null ? null : paths.get(item.getArticleId())));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("translations", listed.translations());
		return "flash/admin/list";
	}

	@GetMapping("/nouveau")
	String createForm(Model model) {
		return form(model, FlashForm.blank(LocalDateTime.now(clock)), null);
	}

	@PostMapping("/nouveau")
	String create(@Valid @ModelAttribute("form") FlashForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(errors));
			return form(model, form, null);
		}
		desk.create(content(form), actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", message("flash.admin.created"));
		return "redirect:/admin/flash-infos";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		return form(model, desk.read(id, item -> new FlashForm(item.getLabel(), item.getText(),
				local(item.getShowFrom()), local(item.getShowUntil()), item.getArticleId(), item.getVersion())), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FlashForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (!desk.isCurrent(id, form.version())) {
			model.addAttribute("conflict", true);
			return form(model, form, id);
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(errors));
			return form(model, form, id);
		}
		if (!desk.update(id, form.version(), content(form), actor(), request.getRemoteAddr())) {
			model.addAttribute("conflict", true);
			return form(model, form, id);
		}
		redirect.addFlashAttribute("notice", message("flash.admin.updated"));
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/{id}/deplacer")
	String move(@PathVariable long id, @RequestParam String direction, HttpServletRequest request,
			RedirectAttributes redirect) {
		desk.move(id, direction, actor(), request.getRemoteAddr());
		return "redirect:/admin/flash-infos";
	}

	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		desk.delete(id, actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", message("flash.admin.deleted"));
		return "redirect:/admin/flash-infos";
	}

	private FlashContent content(FlashForm form) {
		return new FlashContent(form.label(), form.text(), instant(form.showFrom()), instant(form.showUntil()),
				form.articleId());
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

	private Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(clock.getZone()).toInstant();
	}

	private LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String message(String key) {
		return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
