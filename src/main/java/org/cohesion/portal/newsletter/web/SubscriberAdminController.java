package org.cohesion.portal.newsletter.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.newsletter.internal.SubscriberDesk;
import org.cohesion.portal.newsletter.web.SubscriberAdminViews.ListPage;
import org.cohesion.portal.newsletter.web.SubscriberAdminViews.SubscriberRow;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subscribers in the back office (Administrateur): list, search, statuses, CSV import
 * with the source of the consent, CSV export, erasure. The work and its transactions are
 * in {@link SubscriberDesk}.
 */
@Controller
@RequestMapping("/admin/abonnes")
@PreAuthorize("hasAuthority('PERM_SUBSCRIBER_MANAGE')")
class SubscriberAdminController {

	static final int PAGE_SIZE = 50;

	private final SubscriberDesk desk;

	private final MessageSource messages;

	SubscriberAdminController(SubscriberDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String statut,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("list", listPage(q, statut, page, List.of()));
		return "newsletter/admin/subscribers";
	}

	private ListPage listPage(String q, String statut, int page, List<String> importErrors) {
		SubscriberStatus status = Arrays.stream(SubscriberStatus.values())
			.filter(s -> s.name().equals(statut))
			.findFirst()
			.orElse(null);
		SubscriberDesk.Listing listing = desk.list(q, status, page, PAGE_SIZE);
		List<long[]> counts = listing.counts()
			.entrySet()
			.stream()
			.map(count -> new long[] { count.getKey().ordinal(), count.getValue() })
			.toList();
		return new ListPage(
				listing.found()
					.stream()
					.map(s -> new SubscriberRow(s.getId(), s.getEmail(), s.getStatus(), s.getInterests(), s.getSource(),
							s.getCreatedAt(), s.getConfirmedAt(), s.getHardBounces()))
					.toList(),
				q, status, Math.max(1, page), Math.max(1, listing.found().getTotalPages()),
				listing.found().getTotalElements(), counts, importErrors);
	}

	@GetMapping("/export.csv")
	void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"abonnes.csv\"");
		response.setHeader("Cache-Control", "no-store");
		desk.export(response.getWriter(), actor(), request.getRemoteAddr());
	}

	/**
	 * Imports a CSV file (see {@link SubscriberDesk#importCsv}): all or nothing, every
	 * error listed with its line number; the source of consent is required.
	 */
	@PostMapping("/import")
	String importCsv(@RequestParam(name = "fichier", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		List<String> errors = new ArrayList<>();
		if (source.isBlank() || source.length() > 150) {
			errors.add(t("newsletter.import.sourceMissing"));
		}
		if (file == null || file.isEmpty()) {
			errors.add(t("newsletter.import.fileMissing"));
		}
		if (errors.isEmpty() && file != null) {
			SubscriberDesk.Imported imported = desk.importCsv(file.getBytes(), source, actor(),
					request.getRemoteAddr());
			errors.addAll(imported.errors());
			if (errors.isEmpty()) {
				redirect.addFlashAttribute("notice",
						t("newsletter.import.done", imported.added(), imported.alreadyKnown()));
				return "redirect:/admin/abonnes";
			}
		}
		response.setStatus(400);
		model.addAttribute("list", listPage("", "", 1, errors));
		return "newsletter/admin/subscribers";
	}

	@PostMapping("/{id}/effacer")
	String erase(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		desk.erase(id, actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", t("newsletter.admin.erased"));
		return "redirect:/admin/abonnes";
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
