package org.cohesion.portal.news.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleRevision;
import org.cohesion.portal.news.domain.ArticleRevisionRepository;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.IllegalArticleTransition;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.news.editorial.EditConflict;
import org.cohesion.portal.news.editorial.Editor;
import org.cohesion.portal.news.editorial.EditorialService;
import org.cohesion.portal.news.editorial.NewsProperties;
import org.cohesion.portal.news.web.DeskViews.EditPage;
import org.cohesion.portal.news.web.DeskViews.Option;
import org.cohesion.portal.news.web.DeskViews.RevisionPage;
import org.cohesion.portal.news.web.DeskViews.RevisionRow;
import org.cohesion.portal.news.web.DeskViews.RevisionsPage;
import org.cohesion.portal.news.web.DeskViews.Row;
import org.cohesion.portal.news.web.DeskViews.StatusTab;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import org.springframework.web.server.ResponseStatusException;
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

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final ArticleRevisionRepository revisions;

	private final EditorialService editorial;

	private final NewsProperties properties;

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final Clock clock;

	private final org.cohesion.portal.media.MediaApi media;

	private final Languages languages;

	ArticleDeskController(ArticleRepository articles, SectionRepository sections, ArticleRevisionRepository revisions,
			EditorialService editorial, NewsProperties properties, PlatformProperties platform, MessageSource messages,
			Clock clock, org.cohesion.portal.media.MediaApi media, Languages languages) {
		this.media = media;
		this.languages = languages;
		this.articles = articles;
		this.sections = sections;
		this.revisions = revisions;
		this.editorial = editorial;
		this.properties = properties;
		this.platform = platform;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
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
		Page<Article> found = articles.findAll(filter(statusFilter, sectionId, authorId, text),
				PageRequest.of(index, PAGE_SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		Instant now = clock.instant();
		List<Row> rows = found.stream()
			.map(a -> new Row(a.getId(), a.getTitle(), statusKey(a.getStatus()), a.getSection().getName(),
					a.getAuthorName() == null ? "" : a.getAuthorName(), a.getUpdatedAt(), a.getPublishedAt(),
					a.isScheduledAt(now), EditorialService.canEdit(a, editor)))
			.toList();
		Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
		for (Object[] row : articles.countByStatus()) {
			counts.put((ArticleStatus) row[0], (Long) row[1]);
		}
		List<StatusTab> tabs = new ArrayList<>();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		tabs.add(new StatusTab(null, total, statusFilter == null, listHref(null, sectionId, authorId, text, 1)));
		for (ArticleStatus s : ArticleStatus.values()) {
			tabs.add(new StatusTab(statusKey(s), counts.getOrDefault(s, 0L), s == statusFilter,
					listHref(s, sectionId, authorId, text, 1)));
		}
		List<Option> authors = articles.findAuthors()
			.stream()
			.map(row -> new Option(String.valueOf(row[0]), String.valueOf(row[1])))
			.distinct()
			.toList();
		model.addAttribute("translations", ArticleTranslationController.listed(found.getContent(), languages));
		int current = found.getNumber() + 1;
		model.addAttribute("list",
				new DeskViews.ListPage(rows, tabs, statusFilter == null ? null : statusFilter.name(), sectionId,
						authorId, text, sectionOptions(), authors, current, found.getTotalPages(),
						found.getTotalElements(),
						current > 1 ? listHref(statusFilter, sectionId, authorId, text, current - 1) : null,
						found.hasNext() ? listHref(statusFilter, sectionId, authorId, text, current + 1) : null));
		return "news/admin/list";
	}

	@GetMapping("/nouvelle")
	@Transactional(readOnly = true)
	public String newForm(Model model) {
		model.addAttribute("edit", newPage(ArticleForm.empty(properties.defaultLanguage()), Map.of()));
		return "news/admin/edit";
	}

	/**
	 * The library images (with their text alternative) and galleries the editor can pick
	 * for the cover and the "Galerie associée", with the current choice.
	 */
	@ModelAttribute("mediaChoices")
	DeskViews.MediaChoices mediaChoices(@PathVariable(required = false) @Nullable Long id) {
		Article article = id == null ? null : articles.findById(id).orElse(null);
		return new DeskViews.MediaChoices(media.publishableImages(200), media.galleries(200),
				article == null ? null : article.getCoverMediaId(), article == null ? null : article.getGalleryId());
	}

	@PostMapping("/nouvelle")
	public String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable Long coverMediaId,
			@RequestParam(required = false) @Nullable Long galleryId, Authentication authentication,
			HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
		checkChoices(form, binding);
		if (binding.hasErrors()) {
			model.addAttribute("edit", newPage(form, errors(binding, locale)));
			return "news/admin/edit";
		}
		long id = editorial.create(form.content(), Editor.from(authentication), request.getRemoteAddr());
		editorial.attachMedia(id, coverMediaId, galleryId);
		redirect.addFlashAttribute("notice", messages.getMessage("news.admin.notice.created", null, locale));
		return "redirect:/admin/actualites/" + id;
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	public String edit(@PathVariable long id, Authentication authentication, Model model) {
		Article article = article(id);
		model.addAttribute("edit",
				editPage(article, ArticleForm.of(article), Map.of(), Editor.from(authentication), null, false));
		model.addAttribute("translations", ArticleTranslationController.statuses(article, languages));
		return "news/admin/edit";
	}

	@PostMapping("/{id}")
	public String save(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable Long coverMediaId,
			@RequestParam(required = false) @Nullable Long galleryId, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		Editor editor = Editor.from(authentication);
		checkChoices(form, binding);
		if (binding.hasErrors()) {
			model.addAttribute("edit", editPage(article(id), form, errors(binding, locale), editor, null, false));
			return "news/admin/edit";
		}
		try {
			editorial.save(id, form.versionOrZero(), form.content(), editor, request.getRemoteAddr());
			editorial.attachMedia(id, coverMediaId, galleryId);
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
			// Shown again with the writer's own text; saving once more, knowingly,
			// replaces
			// the other version, which stays in the revisions.
			Article current = article(id);
			String other = conflict instanceof EditConflict edit && edit.otherEditor() != null ? edit.otherEditor()
					: current.getLastEditorName();
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("edit", editPage(current, form.atVersion(current.getVersion()), Map.of(), editor,
					other == null ? "?" : other, true));
			return "news/admin/edit";
		}
		redirect.addFlashAttribute("notice", messages.getMessage("news.admin.notice.saved", null, locale));
		return "redirect:/admin/actualites/" + id;
	}

	@PostMapping("/{id}/soumettre")
	public String submit(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			Locale locale, RedirectAttributes redirect) {
		editorial.submit(id, Editor.from(authentication), request.getRemoteAddr());
		return done(id, "news.admin.notice.submitted", locale, redirect);
	}

	@PostMapping("/{id}/publier")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String publish(@PathVariable long id, @RequestParam(name = "quand", defaultValue = "maintenant") String when,
			@RequestParam(name = "date", required = false) @Nullable String date, Authentication authentication,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		Instant at = null;
		if ("programmer".equals(when)) {
			at = parseDateTime(date);
			if (at == null || !at.isAfter(clock.instant())) {
				redirect.addFlashAttribute("alert", messages.getMessage("news.admin.alert.scheduleDate", null, locale));
				return "redirect:/admin/actualites/" + id;
			}
		}
		editorial.publish(id, at, Editor.from(authentication), request.getRemoteAddr());
		return done(id, at == null ? "news.admin.notice.published" : "news.admin.notice.scheduled", locale, redirect);
	}

	@PostMapping("/{id}/depublier")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String unpublish(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			Locale locale, RedirectAttributes redirect) {
		editorial.unpublish(id, Editor.from(authentication), request.getRemoteAddr());
		return done(id, "news.admin.notice.unpublished", locale, redirect);
	}

	@PostMapping("/{id}/archiver")
	@PreAuthorize("hasAuthority('PERM_ARTICLE_PUBLISH')")
	public String archive(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			Locale locale, RedirectAttributes redirect) {
		editorial.archive(id, Editor.from(authentication), request.getRemoteAddr());
		return done(id, "news.admin.notice.archived", locale, redirect);
	}

	@PostMapping("/{id}/brouillon")
	public String backToDraft(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			Locale locale, RedirectAttributes redirect) {
		editorial.backToDraft(id, Editor.from(authentication), request.getRemoteAddr());
		return done(id, "news.admin.notice.backToDraft", locale, redirect);
	}

	/** Exactly the public article page, whatever the article's state, with a banner. */
	@GetMapping("/{id}/apercu")
	@Transactional(readOnly = true)
	public String preview(@PathVariable long id, Model model) {
		Article article = article(id);
		model.addAttribute("page", ArticlePage.of(article, List.of(), null, null,
				article.getGalleryId() == null ? null : media.gallery(article.getGalleryId()).orElse(null)));
		model.addAttribute("preview", true);
		return "news/article";
	}

	@GetMapping("/{id}/revisions")
	@Transactional(readOnly = true)
	public String revisions(@PathVariable long id, Authentication authentication, Model model) {
		Article article = article(id);
		model.addAttribute("history", new RevisionsPage(id, article.getTitle(),
				EditorialService.canEdit(article, Editor.from(authentication)),
				revisions.findByArticleIdOrderByNumberDesc(id).stream().map(ArticleDeskController::row).toList()));
		return "news/admin/revisions";
	}

	@GetMapping("/{id}/revisions/{number}")
	@Transactional(readOnly = true)
	public String revision(@PathVariable long id, @PathVariable int number, Authentication authentication,
			Model model) {
		Article article = article(id);
		ArticleRevision revision = revisions.findByArticleIdAndNumber(id, number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("revision",
				new RevisionPage(id, article.getTitle(), row(revision),
						EditorialService.canEdit(article, Editor.from(authentication)),
						WordDiff.ofText(revision.getTitle(), article.getTitle()),
						WordDiff.ofText(revision.getStandfirst(), article.getStandfirst()),
						WordDiff.ofHtml(revision.getBody(), article.getBody()), revision.getSectionName(),
						article.getSection().getName()));
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
		return new EditPage(null, form, errors, sectionOptions(), properties.languages(), null, null, null, null, false,
				false, true, false, false, false, false, false, null, false);
	}

	private EditPage editPage(Article article, ArticleForm form, Map<String, String> errors, Editor editor,
			@Nullable String conflictWith, boolean conflict) {
		ArticleStatus status = article.getStatus();
		Instant now = clock.instant();
		boolean owner = editor.canEditAny() || article.isWrittenBy(editor.id());
		boolean publishable = status == ArticleStatus.DRAFT || status == ArticleStatus.SUBMITTED
				|| status == ArticleStatus.UNPUBLISHED || article.isScheduledAt(now);
		return new EditPage(article.getId(), form, errors, sectionOptions(), properties.languages(), statusKey(status),
				article.getAuthorName(), article.getSlug(), article.getPublishedAt(), article.isScheduledAt(now),
				article.isPublicAt(now), EditorialService.canEdit(article, editor),
				owner && status == ArticleStatus.DRAFT, editor.canPublish() && publishable,
				editor.canPublish() && status == ArticleStatus.PUBLISHED,
				editor.canPublish() && (status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED),
				owner && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.UNPUBLISHED), conflictWith,
				conflict);
	}

	private void checkChoices(ArticleForm form, BindingResult binding) {
		if (form.sectionId() != null && !sections.existsById(form.sectionId())) {
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
		return sections.findAllByOrderByPositionAsc()
			.stream()
			.map(s -> new Option(String.valueOf(s.getId()), s.getName()))
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

	private Article article(long id) {
		return articles.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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

	private static Specification<Article> filter(@Nullable ArticleStatus status, @Nullable Long sectionId,
			@Nullable Long authorId, String text) {
		return (root, query, cb) -> {
			if (query != null && Long.class != query.getResultType() && long.class != query.getResultType()) {
				root.fetch("section");
			}
			List<Predicate> where = new ArrayList<>();
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (sectionId != null) {
				where.add(cb.equal(root.get("section").get("id"), sectionId));
			}
			if (authorId != null) {
				where.add(cb.equal(root.get("authorId"), authorId));
			}
			if (!text.isEmpty()) {
				String pattern = "%"
						+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
				where.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
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
