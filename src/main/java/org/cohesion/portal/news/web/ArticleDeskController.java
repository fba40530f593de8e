package org.cohesion.portal.news.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleAction;
import org.cohesion.portal.news.domain.ArticleRevision;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.IllegalArticleTransition;
import org.cohesion.portal.news.editorial.DeskFilter;
import org.cohesion.portal.news.editorial.EditConflict;
import org.cohesion.portal.news.editorial.Editor;
import org.cohesion.portal.news.editorial.EditorialService;
import org.cohesion.portal.news.editorial.NewsProperties;
import org.cohesion.portal.news.web.DeskViews.AutosaveOffer;
import org.cohesion.portal.news.web.DeskViews.EditPage;
import org.cohesion.portal.news.web.DeskViews.Option;
import org.cohesion.portal.news.web.DeskViews.RevisionPage;
import org.cohesion.portal.news.web.DeskViews.RevisionRow;
import org.cohesion.portal.news.web.DeskViews.RevisionsPage;
import org.cohesion.portal.news.web.DeskViews.Row;
import org.cohesion.portal.news.web.DeskViews.StatusTab;
import org.cohesion.portal.news.web.DeskViews.Stored;
import org.cohesion.portal.i18n.TranslationDesk;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.TranslationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The back office's articles: list, editor, workflow, preview and revisions. Each action
 * is behind a permission here, and the service checks again who may change which article.
 */
@Controller
@RequestMapping("/admin/actualites")
@PreAuthorize("hasAuthority('PERM_ARTICLE_WRITE')")
class ArticleDeskController {

	static final int PAGE_SIZE = 20;

	private final EditorialService editorial;

	private final NewsProperties properties;

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final Clock clock;

	private final MediaApi media;

	private final TranslationDesk translations;

	ArticleDeskController(EditorialService editorial, NewsProperties properties, PlatformProperties platform,
			MessageSource messages, Clock clock, MediaApi media, TranslationDesk translations) {
		this.editorial = editorial;
		this.properties = properties;
		this.platform = platform;
		this.messages = messages;
		this.clock = clock;
		this.media = media;
		this.translations = translations;
	}

	@GetMapping
	public String list(@RequestParam(name = "statut", required = false) @Nullable String status,
			@RequestParam(name = "rubrique", required = false) @Nullable Long sectionId,
			@RequestParam(name = "auteur", required = false) @Nullable Long authorId,
			@RequestParam(name = "q", required = false) @Nullable String q,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Authentication authentication,
			Model model) {
		Editor editor = Editor.from(authentication);
		ArticleStatus statusFilter = parseStatus(status);
		String text = q == null ? "" : q.strip();
		int index = page == null || page < 1 ? 0 : page - 1;
		Instant now = clock.instant();
		record Listed(Row row, List<TranslationStatus> translations) {
		}
		Page<Listed> found = editorial.list(new DeskFilter(statusFilter, sectionId, authorId, text),
				PageRequest.of(index, PAGE_SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),
				a -> new Listed(new Row(a.getId(), a.getTitle(), statusKey(a.getStatus()), a.getSection().getName(),
						a.getAuthorName() == null ? "" : a.getAuthorName(), a.getUpdatedAt(), a.getPublishedAt(),
						a.isScheduledAt(now), a.isEditableBy(editor.actor()), a.getImagePath(),
						MediaPaths.srcset(a.getImagePath())), translations.statuses(a)));
		Map<ArticleStatus, Long> counts = editorial.countByStatus();
		List<StatusTab> tabs = new ArrayList<>();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		tabs.add(new StatusTab(null, total, statusFilter == null, listHref(null, sectionId, authorId, text, 1)));
		for (ArticleStatus s : ArticleStatus.values()) {
			tabs.add(new StatusTab(statusKey(s), counts.getOrDefault(s, 0L), s == statusFilter,
					listHref(s, sectionId, authorId, text, 1)));
		}
		List<Option> authors = editorial.authors()
			.stream()
			.map(author -> new Option(String.valueOf(author.getKey()), author.getValue()))
			.toList();
		Map<Long, List<TranslationStatus>> translations = new LinkedHashMap<>();
		found.forEach(listed -> translations.put(listed.row().id(), listed.translations()));
		model.addAttribute("translations", new TranslationViews.ListTranslations(translations));
		int current = found.getNumber() + 1;
		model.addAttribute("list",
				new DeskViews.ListPage(found.getContent().stream().map(Listed::row).toList(), tabs,
						statusFilter == null ? null : statusFilter.name(), sectionId, authorId, text, sectionOptions(),
						authors, current, found.getTotalPages(), found.getTotalElements(),
						current > 1 ? listHref(statusFilter, sectionId, authorId, text, current - 1) : null,
						found.hasNext() ? listHref(statusFilter, sectionId, authorId, text, current + 1) : null));
		return "news/admin/list";
	}

	@GetMapping("/nouvelle")
	public String newForm(Model model) {
		model.addAttribute("edit", newPage(ArticleForm.empty(properties.defaultLanguage()), Map.of()));
		return "news/admin/edit";
	}

	@PostMapping("/nouvelle")
	public String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			Authentication authentication, HttpServletRequest request, Model model, Locale locale,
			RedirectAttributes redirect) {
		checkChoices(form, binding);
		if (binding.hasErrors()) {
			model.addAttribute("edit", newPage(form, errors(binding, locale)));
			return "news/admin/edit";
		}
		long id = editorial.create(form.content(), Editor.from(authentication), request.getRemoteAddr());
		redirect.addFlashAttribute("notice", messages.getMessage("news.admin.notice.created", null, locale));
		return "redirect:/admin/actualites/" + id;
	}

	/**
	 * The editor; with {@code autosave=restaurer}, the editor's autosaved text is put in
	 * the form (saved only when they save).
	 */
	@GetMapping("/{id}")
	public String edit(@PathVariable long id,
			@RequestParam(name = "autosave", required = false) @Nullable String autosave, Authentication authentication,
			Model model) {
		Editor editor = Editor.from(authentication);
		var pending = editorial.pendingAutosave(id, editor).orElse(null);
		boolean restore = pending != null && "restaurer".equals(autosave);
		model.addAttribute("edit", editorial.read(id, article -> {
			ArticleForm form = ArticleForm.of(article);
			if (restore) {
				form = form.withText(pending.getTitle(), pending.getStandfirst(), pending.getBody());
			}
			return editPage(article, form, Map.of(), editor, null,
					pending == null ? null : new AutosaveOffer(pending.getSavedAt(), restore));
		}));
		model.addAttribute("translations", editorial.read(id, article -> translations.statuses(article)));
		return "news/admin/edit";
	}

	@PostMapping("/{id}")
	public String save(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale, RedirectAttributes redirect) {
		Editor editor = Editor.from(authentication);
		checkChoices(form, binding);
		if (binding.hasErrors()) {
			model.addAttribute("edit", editorial.read(id,
					article -> editPage(article, form, errors(binding, locale), editor, null, null)));
			return "news/admin/edit";
		}
		try {
			editorial.save(id, form.versionOrZero(), form.content(), editor, request.getRemoteAddr());
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
			return conflict(id, form, conflict, editor, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("news.admin.notice.saved", null, locale));
		return "redirect:/admin/actualites/" + id;
	}

	/**
	 * Keeps what the editor's browser sent in their autosave slot for this article. The
	 * page's script calls it while the writer types; 204 when kept.
	 */
	@PostMapping("/{id}/autosave")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void autosave(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String standfirst, @RequestParam(defaultValue = "") String body,
			Authentication authentication) {
		editorial.autosave(id, title, standfirst, body, Editor.from(authentication));
	}

	@PostMapping("/{id}/autosave/ignorer")
	public String discardAutosave(@PathVariable long id, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		editorial.discardAutosave(id, Editor.from(authentication));
		return done(id, "news.admin.autosave.discarded", locale, redirect);
	}

	@PostMapping("/{id}/soumettre")
	public String submit(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale, RedirectAttributes redirect) {
		return saveThen(id, form, binding, ArticleAction.SUBMIT, null, "news.admin.notice.submitted", authentication,
				request, response, model, locale, redirect);
	}

	@PostMapping("/{id}/publier")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String publish(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(name = "quand", defaultValue = "maintenant") String when,
			@RequestParam(name = "date", required = false) @Nullable String date, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		Instant at = null;
		if ("programmer".equals(when)) {
			at = parseDateTime(date);
			if (at == null || !at.isAfter(clock.instant())) {
				String alert = messages.getMessage("news.admin.alert.scheduleDate", null, locale);
				if (form.title() != null) {
					// the text typed is kept on the page, not lost behind a redirect
					Editor editor = Editor.from(authentication);
					response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
					model.addAttribute("alert", alert);
					model.addAttribute("edit",
							editorial.read(id, article -> editPage(article, form, Map.of(), editor, null, null)));
					return "news/admin/edit";
				}
				redirect.addFlashAttribute("alert", alert);
				return "redirect:/admin/actualites/" + id;
			}
		}
		return saveThen(id, form, binding, ArticleAction.PUBLISH, at,
				at == null ? "news.admin.notice.published" : "news.admin.notice.scheduled", authentication, request,
				response, model, locale, redirect);
	}

	@PostMapping("/{id}/depublier")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String unpublish(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult binding, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		return saveThen(id, form, binding, ArticleAction.UNPUBLISH, null, "news.admin.notice.unpublished",
				authentication, request, response, model, locale, redirect);
	}

	@PostMapping("/{id}/archiver")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String archive(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale, RedirectAttributes redirect) {
		return saveThen(id, form, binding, ArticleAction.ARCHIVE, null, "news.admin.notice.archived", authentication,
				request, response, model, locale, redirect);
	}

	@PostMapping("/{id}/brouillon")
	public String backToDraft(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult binding, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		return saveThen(id, form, binding, ArticleAction.BACK_TO_DRAFT, null, "news.admin.notice.backToDraft",
				authentication, request, response, model, locale, redirect);
	}

	/** Exactly the public article page, whatever the article's state, with a banner. */
	@GetMapping("/{id}/apercu")
	public String preview(@PathVariable long id, Model model) {
		model.addAttribute("page", editorial.read(id, article -> ArticlePage.of(article, List.of(), null, null,
				article.getGalleryId() == null ? null : media.gallery(article.getGalleryId()).orElse(null))));
		model.addAttribute("preview", true);
		return "news/article";
	}

	@GetMapping("/{id}/revisions")
	public String revisions(@PathVariable long id, Authentication authentication, Model model) {
		Editor editor = Editor.from(authentication);
		model.addAttribute("history",
				editorial.read(id,
						article -> new RevisionsPage(id, article.getTitle(), article.isEditableBy(editor.actor()),
								editorial.revisions(id).stream().map(ArticleDeskController::row).toList())));
		return "news/admin/revisions";
	}

	@GetMapping("/{id}/revisions/{number}")
	public String revision(@PathVariable long id, @PathVariable int number, Authentication authentication,
			Model model) {
		Editor editor = Editor.from(authentication);
		model.addAttribute("revision", editorial.readRevision(id, number,
				(article, revision) -> new RevisionPage(id, article.getTitle(), row(revision),
						article.isEditableBy(editor.actor()), WordDiff.ofText(revision.getTitle(), article.getTitle()),
						WordDiff.ofText(revision.getStandfirst(), article.getStandfirst()),
						WordDiff.ofHtml(revision.getBody(), article.getBody()), revision.getSectionName(),
						article.getSection().getName())));
		return "news/admin/revision";
	}

	@PostMapping("/{id}/revisions/{number}/restaurer")
	public String restore(@PathVariable long id, @PathVariable int number, Authentication authentication,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		editorial.restore(id, number, Editor.from(authentication), request.getRemoteAddr());
		redirect.addFlashAttribute("notice",
				messages.getMessage("news.admin.notice.restored", new Object[] { number }, locale));
		return "redirect:/admin/actualites/" + id;
	}

	/**
	 * A workflow button. Pressed on the editor, it carries the form: the text is saved
	 * first, then the action runs, in one transaction; a form with errors or a conflict
	 * does neither and shows the text again. Sent without the form's fields (a page where
	 * the text is read-only, or no script), only the action runs.
	 */
	private String saveThen(long id, ArticleForm form, BindingResult binding, ArticleAction action,
			@Nullable Instant at, String doneKey, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		Editor editor = Editor.from(authentication);
		if (form.title() == null) {
			editorial.act(id, action, at, editor, request.getRemoteAddr());
			return done(id, doneKey, locale, redirect);
		}
		checkChoices(form, binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("alert", messages.getMessage("news.admin.alert.notDone", null, locale));
			model.addAttribute("edit", editorial.read(id,
					article -> editPage(article, form, errors(binding, locale), editor, null, null)));
			return "news/admin/edit";
		}
		try {
			editorial.saveThen(id, form.versionOrZero(), form.content(), action, at, editor, request.getRemoteAddr());
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
			return conflict(id, form, conflict, editor, response, model);
		}
		return done(id, doneKey, locale, redirect);
	}

	/**
	 * Shown again with the writer's own text; saving once more, knowingly, replaces the
	 * other version, which stays in the revisions.
	 */
	private String conflict(long id, ArticleForm form, RuntimeException conflict, Editor editor,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("edit", editorial.read(id, current -> {
			String other = conflict instanceof EditConflict edit && edit.otherEditor() != null ? edit.otherEditor()
					: current.getLastEditorName();
			return editPage(current, form.atVersion(current.getVersion()), Map.of(), editor,
					other == null ? "?" : other, null);
		}));
		return "news/admin/edit";
	}

	/**
	 * The article's state does not allow this action (a stale page, two people at once):
	 * said in French, and nothing changed.
	 */
	@ExceptionHandler(IllegalArticleTransition.class)
	String illegalTransition(IllegalArticleTransition refused, HttpServletRequest request, Locale locale,
			RedirectAttributes redirect) {
		String from = messages.getMessage("news.admin.status." + statusKey(refused.from()), null, locale);
		String to = messages.getMessage("news.admin.status." + statusKey(refused.to()), null, locale);
		redirect.addFlashAttribute("alert",
				messages.getMessage("news.admin.alert.illegalTransition", new Object[] { from, to }, locale));
		String path = request.getRequestURI();
		return "redirect:" + path.substring(0, path.lastIndexOf('/'));
	}

	/** The site's 404 page needs the public frame; the back office answers plainly. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	@ResponseBody
	String notFound(Locale locale) {
		return messages.getMessage("news.admin.notFound", null, locale);
	}

	private String done(long id, String key, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", messages.getMessage(key, null, locale));
		return "redirect:/admin/actualites/" + id;
	}

	private EditPage newPage(ArticleForm form, Map<String, String> errors) {
		return new EditPage(null, form, errors, sectionOptions(), properties.languages(), null,
				Set.of(ArticleAction.EDIT), null, null, cover(form.coverMediaId()), galleryTitle(form.galleryId()));
	}

	/** Called inside the service's transaction (the article's section is read). */
	private EditPage editPage(Article article, ArticleForm form, Map<String, String> errors, Editor editor,
			@Nullable String conflictWith, @Nullable AutosaveOffer autosave) {
		Instant now = clock.instant();
		Stored stored = new Stored(statusKey(article.getStatus()), article.getAuthorName(), article.getSlug(),
				article.getPublishedAt(), article.isScheduledAt(now), article.isPublicAt(now));
		return new EditPage(article.getId(), form, errors, sectionOptions(), properties.languages(), stored,
				article.allowedActions(editor.actor(), now), conflictWith, autosave, cover(form.coverMediaId()),
				galleryTitle(form.galleryId()));
	}

	private @Nullable ImageView cover(@Nullable Long id) {
		return id == null ? null : media.image(id).orElse(null);
	}

	private @Nullable String galleryTitle(@Nullable Long id) {
		return id == null ? null : media.gallery(id).map(GalleryView::title).orElse(null);
	}

	private void checkChoices(ArticleForm form, BindingResult binding) {
		if (form.sectionId() != null && !editorial.sectionExists(form.sectionId())) {
			binding.rejectValue("sectionId", "section", "{news.admin.error.section}");
		}
		if (form.language() != null && !properties.languages().contains(form.language())) {
			binding.rejectValue("language", "language", "{news.admin.error.language}");
		}
	}

	private Map<String, String> errors(BindingResult binding, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String message = error.getDefaultMessage();
			if (message != null && message.startsWith("{") && message.endsWith("}")) {
				message = messages.getMessage(message.substring(1, message.length() - 1), null, locale);
			}
			else if (error.isBindingFailure() || message == null) {
				message = messages.getMessage("news.admin.error.invalid", null, locale);
			}
			errors.putIfAbsent(error.getField(), message);
		}
		return errors;
	}

	private List<Option> sectionOptions() {
		return editorial.sections()
			.stream()
			.map(section -> new Option(String.valueOf(section.getKey()), section.getValue()))
			.toList();
	}

	private @Nullable Instant parseDateTime(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(platform.timeZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static RevisionRow row(ArticleRevision revision) {
		return new RevisionRow(revision.getNumber(), revision.getAuthorName(), revision.getCreatedAt(),
				revision.getTitle());
	}

	static String statusKey(ArticleStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static @Nullable ArticleStatus parseStatus(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (ArticleStatus status : ArticleStatus.values()) {
			if (statusKey(status).equals(value) || status.name().equals(value)) {
				return status;
			}
		}
		return null;
	}

	private static String listHref(@Nullable ArticleStatus status, @Nullable Long sectionId, @Nullable Long authorId,
			String text, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/actualites");
		if (status != null) {
			uri.queryParam("statut", statusKey(status));
		}
		if (sectionId != null) {
			uri.queryParam("rubrique", sectionId);
		}
		if (authorId != null) {
			uri.queryParam("auteur", authorId);
		}
		if (!text.isEmpty()) {
			uri.queryParam("q", text);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

}
