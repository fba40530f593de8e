package org.cohesion.portal.newsletter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionStatus;
import org.cohesion.portal.newsletter.internal.Deliveries;
import org.cohesion.portal.newsletter.internal.EditionDesk;
import org.cohesion.portal.newsletter.internal.EditionRenderer;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.newsletter.web.EditionAdminViews.EditPage;
import org.cohesion.portal.newsletter.web.EditionAdminViews.ItemRow;
import org.cohesion.portal.newsletter.web.EditionAdminViews.Progress;
import org.cohesion.portal.newsletter.web.EditionAdminViews.Row;
import org.cohesion.portal.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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
 * sending, send again what failed or is in doubt. The work and its transactions are in
 * {@link EditionDesk}.
 */
@Controller
@RequestMapping("/admin/lettre")
@PreAuthorize("hasAuthority('PERM_NEWSLETTER_MANAGE')")
class EditionAdminController {

	private final EditionDesk desk;

	private final Deliveries deliveries;

	private final EditionSender sender;

	private final NewsApi news;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final Clock clock;

	EditionAdminController(EditionDesk desk, Deliveries deliveries, EditionSender sender, NewsApi news, Mailer mailer,
			MessageSource messages, PlatformProperties platform, Clock clock) {
		this.desk = desk;
		this.deliveries = deliveries;
		this.sender = sender;
		this.news = news;
		this.mailer = mailer;
		this.messages = messages;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", desk.list(e -> new Row(e.getId(), e.getTitle(), e.getStatus(), e.getNumber(),
				e.getCreatedAt(), e.getScheduledAt(), e.getStartedAt(), deliveries.figures(e.getId()))));
		return "newsletter/admin/list";
	}

	@PostMapping("/nouveau")
	String create(HttpServletRequest request) {
		long id = desk.create(t("newsletter.admin.newTitle"), t("newsletter.admin.newIntro"), actor(),
				request.getRemoteAddr());
		return "redirect:/admin/lettre/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("edit", page(id, null, null, null));
		return "newsletter/admin/edit";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String intro, @RequestParam(required = false) @Nullable Long version,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var refused = desk.edit(id, title, intro, version, actor(), request.getRemoteAddr());
		if (refused.isPresent()) {
			response.setStatus(400);
			String error = t(switch (refused.get()) {
				case FROZEN -> "newsletter.admin.frozen";
				case CONFLICT -> "newsletter.admin.conflict";
				case TITLE_INVALID -> "newsletter.admin.titleInvalid";
				case INTRO_TOO_LONG -> "newsletter.admin.introTooLong";
				case EMPTY -> "newsletter.admin.empty";
			});
			model.addAttribute("edit", page(id, title, intro, error));
			return "newsletter/admin/edit";
		}
		redirect.addFlashAttribute("notice", t("newsletter.admin.saved"));
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/articles")
	String addArticle(@PathVariable long id, @RequestParam long articleId, HttpServletRequest request) {
		desk.addArticle(id, articleId, actor(), request.getRemoteAddr());
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	@PostMapping("/{id}/articles/{itemId}/deplacer")
	String move(@PathVariable long id, @PathVariable long itemId, @RequestParam String direction,
			HttpServletRequest request) {
		desk.move(id, itemId, "haut".equals(direction) ? -1 : 1, actor(), request.getRemoteAddr());
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	@PostMapping("/{id}/articles/{itemId}/retirer")
	String remove(@PathVariable long id, @PathVariable long itemId, HttpServletRequest request) {
		desk.remove(id, itemId, actor(), request.getRemoteAddr());
		return "redirect:/admin/lettre/" + id + "#articles";
	}

	/**
	 * The e-mail as a recipient sees it. Its inline styles need their own policy: the
	 * page is sandboxed (no script, no form, no same origin) so that nothing in it can
	 * act.
	 */
	@GetMapping("/{id}/apercu.html")
	ResponseEntity<String> previewHtml(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; sandbox")
			.header("Cache-Control", "no-store")
			.body(desk.preview(id).html());
	}

	@GetMapping("/{id}/apercu.txt")
	ResponseEntity<String> previewText(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(desk.preview(id).text());
	}

	@PostMapping("/{id}/test")
	String test(@PathVariable long id, RedirectAttributes redirect) {
		EditionRenderer.Rendered rendered = desk.preview(id);
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
		if (!desk.hasArticles(id)) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.empty"));
			return "redirect:/admin/lettre/" + id;
		}
		if (sender.start(id)) {
			desk.sendingStarted(id, actor(), request.getRemoteAddr());
			redirect.addFlashAttribute("notice", t("newsletter.admin.started"));
		}
		else {
			redirect.addFlashAttribute("alert", t("newsletter.admin.frozen"));
		}
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/programmer")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String at, HttpServletRequest request,
			RedirectAttributes redirect) {
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
		if (desk.schedule(id, when, at, actor(), request.getRemoteAddr()).isPresent()) {
			redirect.addFlashAttribute("alert", t("newsletter.admin.empty"));
			return "redirect:/admin/lettre/" + id;
		}
		redirect.addFlashAttribute("notice", t("newsletter.admin.scheduled"));
		return "redirect:/admin/lettre/" + id;
	}

	@PostMapping("/{id}/deprogrammer")
	String unschedule(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		desk.unschedule(id, actor(), request.getRemoteAddr());
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

	/** The edit page; the title and introduction as typed when a save was refused. */
	private EditPage page(long id, @Nullable String title, @Nullable String intro, @Nullable String error) {
		long active = desk.activeSubscribers();
		List<org.cohesion.portal.news.ArticleSummary> articles = news.latest(60, -1);
		return desk.read(id, edition -> {
			List<ItemRow> items = edition.getItems()
				.stream()
				.map(i -> new ItemRow(i.getId(), i.getTitle(), i.getSectionName(), i.getPath(),
						i.getImagePath() != null))
				.toList();
			return new EditPage(edition.getId(), title == null ? edition.getTitle() : title,
					intro == null ? edition.getIntro() : intro, edition.getVersion(), edition.getStatus(),
					edition.getNumber(), edition.getScheduledAt(), items, articles, progress(edition), error, active);
		});
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

	private static String actor() {
		return Editors.require().email();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
