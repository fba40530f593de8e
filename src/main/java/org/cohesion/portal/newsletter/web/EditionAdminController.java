package org.cohesion.portal.newsletter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.EditionStatus;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.internal.Deliveries;
import org.cohesion.portal.newsletter.internal.EditionDesk;
import org.cohesion.portal.newsletter.internal.EditionRenderer;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.newsletter.web.EditionAdminViews.EditPage;
import org.cohesion.portal.newsletter.web.EditionAdminViews.ItemRow;
import org.cohesion.portal.newsletter.web.EditionAdminViews.Progress;
import org.cohesion.portal.newsletter.web.EditionAdminViews.Row;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editions in the back office (Éditeur, Administrateur): edit the introduction and the
 * articles, preview both parts, send a test to oneself, send now or schedule, follow the
 * sending.
 */
@Controller
@RequestMapping("/admin/lettre")
@PreAuthorize("hasAuthority('PERM_NEWSLETTER_MANAGE')")
class EditionAdminController {

	private final EditionRepository editions;

	private final SubscriberRepository subscribers;

	private final Deliveries deliveries;

	private final EditionRenderer renderer;

	private final EditionSender sender;

	private final EditionDesk desk;

	private final NewsApi news;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final Clock clock;

	EditionAdminController(EditionRepository editions, SubscriberRepository subscribers, Deliveries deliveries,
			EditionRenderer renderer, EditionSender sender, EditionDesk desk, NewsApi news, Mailer mailer,
			AuditTrail audit, MessageSource messages, PlatformProperties platform, Clock clock) {
		this.editions = editions;
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.sender = sender;
		this.desk = desk;
		this.news = news;
		this.mailer = mailer;
		this.audit = audit;
		this.messages = messages;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("rows",
				editions.findAllForBackOffice()
					.stream()
					.map(e -> new Row(e.getId(), e.getTitle(), e.getStatus(), e.getNumber(), e.getCreatedAt(),
							e.getScheduledAt(), e.getStartedAt(), deliveries.figures(e.getId())))
					.toList());
		return "newsletter/admin/list";
	}

	@PostMapping("/nouveau")
	@Transactional
	String create(HttpServletRequest request) {
		Edition edition = editions
			.save(new Edition(t("newsletter.admin.newTitle"), t("newsletter.admin.newIntro"), null, clock.instant()));
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_EDITION_CREATED", "newsletter_edition",
				String.valueOf(edition.getId()),
				"Numéro de la lettre d’information créé : « " + edition.getTitle() + " »", null, null);
		return "redirect:/admin/lettre/" + edition.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, Model model) {
		Edition edition = find(id);
		model.addAttribute("edit", page(edition, edition.getTitle(), edition.getIntro(), null));
		return "newsletter/admin/edit";
	}

	@PostMapping("/{id}")
	@Transactional
	String save(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String intro, @RequestParam(required = false) @Nullable Long version,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Edition edition = find(id);
		String error = null;
		if (!edition.getStatus().editable()) {
			error = t("newsletter.admin.frozen");
		}
		else if (version != null && version != edition.getVersion()) {
			error = t("newsletter.admin.conflict");
		}
		else if (title.isBlank() || title.length() > 200) {
			error = t("newsletter.admin.titleInvalid");
		}
		else if (intro.length() > 8000) {
			error = t("newsletter.admin.introTooLong");
		}
		if (error != null) {
			response.setStatus(400);
			model.addAttribute("edit", page(edition, title, intro, error));
			return "newsletter/admin/edit";
		}
		String before = edition.getTitle() + "\n\n" + edition.getIntro();
		edition.edit(title.strip(), intro.strip(), clock.instant());
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_EDITION_EDITED", "newsletter_edition",
				String.valueOf(id), "Numéro de la lettre d’information modifié : « " + edition.getTitle() + " »",
				before, edition.getTitle() + "\n\n" + edition.getIntro());
		redirect.addFlashAttribute("notice", t("newsletter.admin.saved"));
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/articles")
	@Transactional
	String addArticle(@PathVariable long id, @RequestParam long articleId, HttpServletRequest request,
			RedirectAttributes redirect) {
		Edition edition = editable(id);
		news.latest(200, -1).stream().filter(a -> a.id() == articleId).findFirst().ifPresent(article -> {
			edition.add(article, clock.instant());
			audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_ITEM_ADDED", "newsletter_edition",
					String.valueOf(id), "Actualité ajoutée à la lettre : « " + article.title() + " »", null, null);
		});
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	@PostMapping("/{id}/articles/{itemId}/deplacer")
	@Transactional
	String move(@PathVariable long id, @PathVariable long itemId, @RequestParam String direction,
			HttpServletRequest request) {
		Edition edition = editable(id);
		edition.move(itemId, "haut".equals(direction) ? -1 : 1, clock.instant());
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_ITEM_MOVED", "newsletter_edition",
				String.valueOf(id), "Ordre des actualités de la lettre modifié", null, null);
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	@PostMapping("/{id}/articles/{itemId}/retirer")
	@Transactional
	String remove(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request) {
		Edition edition = editable(id);
		edition.remove(itemId, clock.instant());
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_ITEM_REMOVED", "newsletter_edition",
				String.valueOf(id), "Actualité retirée de la lettre", null, null);
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	/**
	 * The e-mail as a recipient sees it. Its inline styles need their own policy: the
	 * page is sandboxed (no script, no form, no same origin) so that nothing in it can
	 * act.
	 */
	@GetMapping("/{id}/apercu.html")
	@Transactional(readOnly = true)
	ResponseEntity<String> previewHtml(@PathVariable long id) {
		EditionRenderer.Rendered rendered = preview(find(id));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; sandbox")
			.header("Cache-Control", "no-store")
			.body(rendered.html());
	}

	@GetMapping("/{id}/apercu.txt")
	@Transactional(readOnly = true)
	ResponseEntity<String> previewText(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(preview(find(id)).text());
	}

	@PostMapping("/{id}/test")
	@Transactional
	String test(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		Edition edition = find(id);
		EditionRenderer.Rendered rendered = preview(edition);
		String to = Editors.require().email();
		try {
			mailer.send(new OutgoingMail(to, "[Test] " + rendered.subject(), rendered.text(), rendered.html()));
			redirect.addFlashAttribute("notice", t("newsletter.admin.testSent", to));
		}
		catch (org.cohesion.portal.mail.MailNotSent ex) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.testFailed"));
		}
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/envoyer")
	String sendNow(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		Edition edition = find(id);
		if (editions.countItems(id) == 0) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.empty"));
			return "redirect:/admin/lettre/" + id;
		}
		if (sender.start(id)) {
			audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_EDITION_SENT", "newsletter_edition",
					String.valueOf(id), "Envoi de la lettre d’information lancé : « " + edition.getTitle() + " »", null,
					null);
			redirect.addFlashAttribute("notice", t("newsletter.admin.started"));
		}
		else {
			redirect.addFlashAttribute("alert", t("newsletter.admin.frozen"));
		}
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/programmer")
	@Transactional
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String at, HttpServletRequest request,
			RedirectAttributes redirect) {
		Edition edition = editable(id);
		Instant when;
		try {
			when = LocalDateTime.parse(at).atZone(platform.timeZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.scheduleInvalid"));
			return "redirect:/admin/lettre/" + id;
		}
		if (when.isBefore(clock.instant().minus(Duration.ofMinutes(1)))) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.schedulePast"));
			return "redirect:/admin/lettre/" + id;
		}
		if (edition.getItems().isEmpty()) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.empty"));
			return "redirect:/admin/lettre/" + id;
		}
		edition.schedule(when, clock.instant());
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_EDITION_SCHEDULED", "newsletter_edition",
				String.valueOf(id), "Envoi de la lettre programmé : « " + edition.getTitle() + " »", null, at);
		redirect.addFlashAttribute("notice", t("newsletter.admin.scheduled"));
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/deprogrammer")
	@Transactional
	String unschedule(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		Edition edition = editable(id);
		edition.unschedule(clock.instant());
		audit.record(actor(), request.getRemoteAddr(), "NEWSLETTER_EDITION_UNSCHEDULED", "newsletter_edition",
				String.valueOf(id), "Envoi programmé de la lettre annulé : « " + edition.getTitle() + " »", null, null);
		redirect.addFlashAttribute("notice", t("newsletter.admin.unscheduled"));
		return "redirect:/admin/lettre/" + id;
	}

	/**
	 * Sends the deliveries left in doubt by a crash again, knowing that some of those
	 * people may then get the edition twice.
	 */
	@PostMapping("/{id}/renvoyer-incertains")
	String resendUncertain(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		int count = desk.resend(id, EditionDesk.Resend.UNCERTAIN, actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", t("newsletter.admin.requeued", count));
		return "redirect:/admin/lettre/" + id;
	}

	/**
	 * Sends the failed deliveries again (after an outage, or once an address was
	 * corrected at the recipient's end), knowing that the relay refused them before.
	 */
	@PostMapping("/{id}/renvoyer-echecs")
	String resendFailed(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		int count = desk.resend(id, EditionDesk.Resend.FAILED, actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", t("newsletter.admin.requeuedFailed", count));
		return "redirect:/admin/lettre/" + id;
	}

	private EditionRenderer.Rendered preview(Edition edition) {
		String base = platform.baseUrlWithoutSlash();
		return renderer.render(edition, Set.of(), clock.instant())
			.personal(base + "/newsletter/desinscription", base + "/newsletter/preferences");
	}

	private EditPage page(Edition edition, String title, String intro, @Nullable String error) {
		List<ItemRow> items = edition.getItems()
			.stream()
			.map(i -> new ItemRow(i.getId(), i.getTitle(), i.getSectionName(), i.getPath(), i.getImagePath() != null))
			.toList();
		return new EditPage(edition.getId(), title, intro, edition.getVersion(), edition.getStatus(),
				edition.getNumber(), edition.getScheduledAt(), items, news.latest(60, -1), progress(edition), error,
				subscribers.countByStatus()
					.stream()
					.filter(row -> "ACTIVE".equals(String.valueOf(row[0])))
					.mapToLong(row -> (Long) row[1])
					.sum());
	}

	private Progress progress(Edition edition) {
		Deliveries.Figures figures = deliveries.figures(edition.getId());
		long left = -1;
		if (edition.getStatus() == EditionStatus.SENDING && edition.getStartedAt() != null && figures.done() > 0) {
			long elapsed = Duration.between(edition.getStartedAt(), clock.instant()).toSeconds();
			left = elapsed * (figures.total() - figures.done()) / figures.done();
		}
		return new Progress(figures, left, deliveries.latestErrors(edition.getId(), 20), edition.getRelayDownSince(),
				edition.getRelayNextProbe(), edition.getRelayError());
	}

	private Edition find(long id) {
		return editions.findById(id).orElseThrow(() -> new NotFoundException("edition " + id));
	}

	private Edition editable(long id) {
		Edition edition = find(id);
		if (!edition.getStatus().editable()) {
			throw new NotFoundException("edition " + id + " is no longer editable");
		}
		return edition;
	}

	private static String actor() {
		return Editors.require().email();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
