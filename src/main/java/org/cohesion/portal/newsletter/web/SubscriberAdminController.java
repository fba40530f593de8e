package org.cohesion.portal.newsletter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.newsletter.domain.Consent;
import org.cohesion.portal.newsletter.domain.ConsentRepository;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.newsletter.internal.Subscriptions;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.cohesion.portal.newsletter.web.SubscriberAdminViews.ListPage;
import org.cohesion.portal.newsletter.web.SubscriberAdminViews.SubscriberRow;

/**
 * Subscribers in the back office (Administrateur): list, search, statuses, CSV import
 * with the source of the consent, CSV export, erasure.
 */
@Controller
@RequestMapping("/admin/abonnes")
@PreAuthorize("hasAuthority('PERM_SUBSCRIBER_MANAGE')")
class SubscriberAdminController {

	static final int PAGE_SIZE = 50;

	static final int MAX_IMPORT_LINES = 50_000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;\"]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

	private final SubscriberRepository subscribers;

	private final ConsentRepository consents;

	private final Subscriptions subscriptions;

	private final NewsApi news;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	SubscriberAdminController(SubscriberRepository subscribers, ConsentRepository consents, Subscriptions subscriptions,
			NewsApi news, AuditTrail audit, MessageSource messages, Clock clock) {
		this.subscribers = subscribers;
		this.consents = consents;
		this.subscriptions = subscriptions;
		this.news = news;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
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
		String pattern = "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		Page<Subscriber> found = subscribers.search(status, pattern, PageRequest.of(Math.max(0, page - 1), PAGE_SIZE));
		List<long[]> counts = subscribers.countByStatus()
			.stream()
			.map(row -> new long[] { ((SubscriberStatus) row[0]).ordinal(), (Long) row[1] })
			.toList();
		return new ListPage(
				found.stream()
					.map(s -> new SubscriberRow(s.getId(), s.getEmail(), s.getStatus(), s.getInterests(), s.getSource(),
							s.getCreatedAt(), s.getConfirmedAt(), s.getHardBounces()))
					.toList(),
				q, status, Math.max(1, page), Math.max(1, found.getTotalPages()), found.getTotalElements(), counts,
				importErrors);
	}

	@GetMapping("/export.csv")
	@Transactional
	void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"abonnes.csv\"");
		response.setHeader("Cache-Control", "no-store");
		var out = response.getWriter();
		out.write("\uFEFFemail,statut,rubriques,source,inscrit_le,confirme_le,rejets\r\n");
		for (Subscriber s : subscribers.findAllInOrder()) {
			out.write(csv(s.getEmail()) + "," + s.getStatus() + "," + csv(s.getInterests()) + "," + csv(s.getSource())
					+ "," + s.getCreatedAt() + "," + (s.getConfirmedAt() == null ? "" : s.getConfirmedAt()) + ","
					+ s.getHardBounces() + "\r\n");
		}
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_SUBSCRIBERS_EXPORTED", "newsletter_subscriber", null,
				"Export CSV des abonnés", null, null);
	}

	/**
	 * Imports a CSV file (one address per line, optionally followed by section slugs
	 * separated by "|"). All or nothing: one invalid line and nothing is imported, every
	 * error listed with its line number. Addresses already known are left as they are.
	 * The source of consent (paper form at an event, earlier list…) is required and kept
	 * with each imported address.
	 */
	@PostMapping("/import")
	@Transactional
	String importCsv(@RequestParam("fichier") @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		List<String> errors = new ArrayList<>();
		if (source.isBlank() || source.length() > 150) {
			errors.add(t("newsletter.import.sourceMissing"));
		}
		if (file == null || file.isEmpty()) {
			errors.add(t("newsletter.import.fileMissing"));
		}
		List<String[]> valid = new ArrayList<>();
		if (file != null && !file.isEmpty()) {
			Set<String> known = new HashSet<>();
			news.sections().stream().map(SectionView::slug).forEach(known::add);
			String content = new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			String[] lines = content.split("\\R");
			if (lines.length > MAX_IMPORT_LINES) {
				errors.add(t("newsletter.import.tooMany", MAX_IMPORT_LINES));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < lines.length && errors.size() < 50 && lines.length <= MAX_IMPORT_LINES; i++) {
				String line = lines[i].strip();
				if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("email"))) {
					continue;
				}
				String[] cells = line.split("[,;]", -1);
				String email = cells[0].strip().replace("\"", "").toLowerCase(Locale.ROOT);
				if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
					errors.add(t("newsletter.import.badEmail", i + 1, email));
					continue;
				}
				String interests = cells.length > 1 ? cells[1].strip().replace("\"", "") : "";
				for (String slug : interests.isEmpty() ? new String[0] : interests.split("\\|")) {
					if (!known.contains(slug.strip())) {
						errors.add(t("newsletter.import.badSection", i + 1, slug));
					}
				}
				if (seen.add(email)) {
					valid.add(new String[] { email, interests });
				}
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("list", listPage("", "", 1, errors));
			return "newsletter/admin/subscribers";
		}
		Instant now = clock.instant();
		int added = 0;
		for (String[] row : valid) {
			if (subscribers.findByEmail(row[0]).isPresent()) {
				continue;
			}
			List<String> interests = row[1].isEmpty() ? List.of() : List.of(row[1].split("\\|"));
			Subscriber subscriber = subscribers
				.save(Subscriber.imported(row[0], interests, "import : " + source.strip(), now));
			consents.save(new Consent(subscriber.getId(), now, null, "import : " + source.strip(),
					t("newsletter.import.wording", source.strip(), actor())));
			added++;
		}
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_SUBSCRIBERS_IMPORTED", "newsletter_subscriber", null,
				added + " abonnés importés (source : " + source.strip() + ")", null, null);
		redirect.addFlashAttribute("notice", t("newsletter.import.done", added, valid.size() - added));
		return "redirect:/admin/abonnes";
	}

	@PostMapping("/{id}/effacer")
	@Transactional
	String erase(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		Subscriber subscriber = subscribers.findById(id).orElseThrow(() -> new NotFoundException("subscriber " + id));
		subscriptions.erase(subscriber);
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_SUBSCRIBER_ERASED", "newsletter_subscriber",
				String.valueOf(id), "Abonné effacé à sa demande", null, null);
		redirect.addFlashAttribute("notice", t("newsletter.admin.erased"));
		return "redirect:/admin/abonnes";
	}

	private static String csv(String value) {
		String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
