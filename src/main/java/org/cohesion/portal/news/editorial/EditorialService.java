package org.cohesion.portal.news.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.ArticleUnpublished;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.news.domain.ArticleAction;
import org.cohesion.portal.news.domain.ArticleAutosave;
import org.cohesion.portal.news.domain.ArticleAutosaveRepository;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleRevision;
import org.cohesion.portal.news.domain.ArticleRevisionRepository;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.RichText;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and publishing: every change of an article by the editorial team goes through
 * here, which checks who may do it (controllers check the permission too), keeps a
 * revision of every save and records everything in the audit trail. The article itself
 * refuses the transitions its state does not allow.
 */
@Service
@Transactional
public class EditorialService {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final ArticleRevisionRepository revisions;

	private final ArticleAnnouncer announcer;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.cohesion.portal.media.MediaApi media;

	private final org.cohesion.portal.media.MediaUsages usages;

	private final ArticleAutosaveRepository autosaves;

	private final ApplicationEventPublisher events;

	EditorialService(ArticleRepository articles, SectionRepository sections, ArticleRevisionRepository revisions,
			ArticleAnnouncer announcer, AuditTrail audit, Clock clock, org.cohesion.portal.media.MediaApi media,
			org.cohesion.portal.media.MediaUsages usages, ArticleAutosaveRepository autosaves,
			ApplicationEventPublisher events) {
		this.autosaves = autosaves;
		this.events = events;
		this.media = media;
		this.usages = usages;
		this.articles = articles;
		this.sections = sections;
		this.revisions = revisions;
		this.announcer = announcer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A Rédacteur edits only their own drafts; an Éditeur or Administrateur edits
	 * anything (the article answers: {@link Article#isEditableBy}).
	 */
	public static boolean canEdit(Article article, Editor editor) {
		return article.isEditableBy(editor.actor());
	}

	private static final long NEW_ARTICLE = -1;

	/**
	 * Who owns a slug: the article whose address it is, and, as long as it redirects, the
	 * article that used to have it. Neither a new article nor a renamed one takes it over
	 * (it gets a numbered slug instead), so an old link never changes target and the
	 * unique aliases never clash. An article may take back its own former slug.
	 */
	private java.util.function.Predicate<String> slugTaken(long articleId, @Nullable String currentSlug) {
		return slug -> !slug.equals(currentSlug)
				&& (articles.existsBySlug(slug) || articles.isFormerSlugOfAnother(slug, articleId));
	}

	/** A new draft with its cover and gallery: one transaction, one revision, audited. */
	public long create(ArticleContent content, Editor editor, @Nullable String ip) {
		Article article = Article.draft(content.title(), content.standfirst(), content.body(),
				section(content.sectionId()), slugTaken(NEW_ARTICLE, null), clock, editor.id(), editor.name());
		article.revise(content.title(), content.standfirst(), content.body(), section(content.sectionId()),
				content.language(), content.seoTitle(), content.seoDescription(), content.featured(),
				slugTaken(NEW_ARTICLE, null), clock);
		article.retag(content.tags());
		article = articles.saveAndFlush(article);
		keepRevision(article, editor);
		audit.record(editor.email(), ip, "ARTICLE_CREATED", "article", id(article),
				"Actualité « " + article.getTitle() + " » créée", null, article.getTitle());
		attachMedia(article, content, editor, ip);
		return article.getId();
	}

	/**
	 * Saves the form opened at {@code expectedVersion}, its cover and gallery with it
	 * (one transaction); refuses if the article changed since, rather than overwrite
	 * someone else's work. The editor's autosave slot is emptied: what it held is saved
	 * now.
	 */
	public void save(long id, long expectedVersion, ArticleContent content, Editor editor, @Nullable String ip) {
		Article article = article(id);
		if (!canEdit(article, editor)) {
			throw new AccessDeniedException("Not allowed to edit article " + id);
		}
		if (article.getVersion() != expectedVersion) {
			throw new EditConflict(article.getLastEditorName());
		}
		String titleBefore = article.getTitle();
		article.revise(content.title(), content.standfirst(), content.body(), section(content.sectionId()),
				content.language(), content.seoTitle(), content.seoDescription(), content.featured(),
				slugTaken(article.getId(), article.getSlug()), clock);
		article.retag(content.tags());
		article.changedBy(editor.name());
		articles.saveAndFlush(article);
		keepRevision(article, editor);
		audit.record(editor.email(), ip, "ARTICLE_SAVED", "article", id(article),
				"Actualité « " + article.getTitle() + " » enregistrée", titleBefore, article.getTitle());
		attachMedia(article, content, editor, ip);
		autosaves.clear(id, editor.id());
	}

	/**
	 * A workflow button pressed on the editor: the form's text is saved first when it
	 * differs from the stored article, then the action runs, both in this one
	 * transaction. A conflict or a refused action changes nothing, the text included (the
	 * caller shows it again).
	 */
	public void saveThen(long id, long expectedVersion, ArticleContent content, ArticleAction action,
			@Nullable Instant at, Editor editor, @Nullable String ip) {
		Article article = article(id);
		if (article.getVersion() != expectedVersion) {
			throw new EditConflict(article.getLastEditorName());
		}
		if (changes(article, content)) {
			save(id, expectedVersion, content, editor, ip);
		}
		act(id, action, at, editor, ip);
	}

	/** Runs one workflow action ({@link ArticleAction#EDIT} is not one). */
	public void act(long id, ArticleAction action, @Nullable Instant at, Editor editor, @Nullable String ip) {
		switch (action) {
			case SUBMIT -> submit(id, editor, ip);
			case PUBLISH -> publish(id, at, editor, ip);
			case UNPUBLISH -> unpublish(id, editor, ip);
			case ARCHIVE -> archive(id, editor, ip);
			case BACK_TO_DRAFT -> backToDraft(id, editor, ip);
			case EDIT -> throw new IllegalArgumentException("Saving is not a workflow action");
		}
	}

	/**
	 * Keeps what the browser sent in the editor's one autosave slot for this article
	 * (overwritten each time). Refused like a save for an article they may not edit.
	 */
	public void autosave(long id, String title, String standfirst, String body, Editor editor) {
		Article article = article(id);
		if (!canEdit(article, editor)) {
			throw new AccessDeniedException("Not allowed to edit article " + id);
		}
		ArticleAutosave slot = autosaves.findByArticleIdAndEditorId(id, editor.id())
			.orElseGet(() -> new ArticleAutosave(id, editor.id()));
		slot.keep(title, standfirst, body, clock);
		autosaves.save(slot);
	}

	/**
	 * The editor's autosave of this article when it holds something else than the saved
	 * text and is newer than it (the same editor's later save empties it; someone else's
	 * later save makes it stale).
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleAutosave> pendingAutosave(long id, Editor editor) {
		Article article = article(id);
		return autosaves.findByArticleIdAndEditorId(id, editor.id())
			.filter(slot -> slot.getSavedAt().isAfter(article.getUpdatedAt()) && slot.differsFrom(article));
	}

	public void discardAutosave(long id, Editor editor) {
		autosaves.clear(id, editor.id());
	}

	/**
	 * The dashboard's view of the desk for {@code editor}: their own drafts; what waits
	 * for review (all of it for those who publish or edit anything, their own otherwise);
	 * scheduled publications; the latest changes.
	 */
	@Transactional(readOnly = true)
	public DeskOverview overview(long editorId, boolean reviewsAll, Instant now, int limit) {
		Limit max = Limit.of(limit);
		List<Article> review = reviewsAll ? articles.findByStatusOrderByUpdatedAtDesc(ArticleStatus.SUBMITTED, max)
				: articles.findByAuthorIdAndStatusOrderByUpdatedAtDesc(editorId, ArticleStatus.SUBMITTED, max);
		long reviewCount = reviewsAll ? articles.countByStatus(ArticleStatus.SUBMITTED)
				: articles.countByAuthorIdAndStatus(editorId, ArticleStatus.SUBMITTED);
		return new DeskOverview(
				items(articles.findByAuthorIdAndStatusOrderByUpdatedAtDesc(editorId, ArticleStatus.DRAFT, max), false),
				articles.countByAuthorIdAndStatus(editorId, ArticleStatus.DRAFT), items(review, false), reviewCount,
				items(articles.findByStatusAndPublishedAtAfterOrderByPublishedAtAsc(ArticleStatus.PUBLISHED, now, max),
						true),
				articles.countByStatusAndPublishedAtAfter(ArticleStatus.PUBLISHED, now),
				items(articles.findAllByOrderByUpdatedAtDesc(max), false));
	}

	private static List<DeskOverview.Item> items(List<Article> found, boolean byPublication) {
		return found.stream()
			.map(a -> new DeskOverview.Item(a.getId(), a.getTitle(), a.getLastEditorName(),
					byPublication && a.getPublishedAt() != null ? a.getPublishedAt() : a.getUpdatedAt()))
			.toList();
	}

	/** Reads an article (as a view) inside one read-only transaction. */
	@Transactional(readOnly = true)
	public <T> T read(long id, Function<Article, T> view) {
		return view.apply(article(id));
	}

	/**
	 * A page of the desk's list, each article turned into a view inside the transaction.
	 */
	@Transactional(readOnly = true)
	public <T> Page<T> list(DeskFilter filter, Pageable pageable, Function<Article, T> view) {
		return articles.findAll(filter.specification(), pageable).map(view);
	}

	/** Number of articles in each state, for the list's tabs. */
	@Transactional(readOnly = true)
	public Map<ArticleStatus, Long> countByStatus() {
		Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
		for (Object[] row : articles.countByStatus()) {
			counts.put((ArticleStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** Everyone who wrote an article: id and name, by name. */
	@Transactional(readOnly = true)
	public List<Map.Entry<Long, String>> authors() {
		return articles.findAuthors()
			.stream()
			.map(row -> Map.entry((Long) row[0], String.valueOf(row[1])))
			.distinct()
			.toList();
	}

	/** Sections in their order: id and name. */
	@Transactional(readOnly = true)
	public List<Map.Entry<Long, String>> sections() {
		return sections.findAllByOrderByPositionAsc().stream().map(s -> Map.entry(s.getId(), s.getName())).toList();
	}

	@Transactional(readOnly = true)
	public boolean sectionExists(long id) {
		return sections.existsById(id);
	}

	/** The revisions of an article, newest first. */
	@Transactional(readOnly = true)
	public List<ArticleRevision> revisions(long id) {
		return revisions.findByArticleIdOrderByNumberDesc(id);
	}

	@Transactional(readOnly = true)
	public <T> T readRevision(long id, int number, java.util.function.BiFunction<Article, ArticleRevision, T> view) {
		Article article = article(id);
		ArticleRevision revision = revisions.findByArticleIdAndNumber(id, number)
			.orElseThrow(() -> new NotFoundException("revision " + number + " of article " + id));
		return view.apply(article, revision);
	}

	/**
	 * Sets the cover image and the related gallery from the media library, tells the
	 * library where its images are now used, and records a change of either in the audit
	 * trail. Unknown or unpublishable ids are ignored.
	 */
	private void attachMedia(Article article, ArticleContent content, Editor editor, @Nullable String ip) {
		Long coverBefore = article.getCoverMediaId();
		Long galleryBefore = article.getGalleryId();
		var cover = content.coverMediaId() == null ? Optional.<ImageView>empty() : media.image(content.coverMediaId());
		article.illustrateFromLibrary(cover.map(ImageView::id).orElse(null), cover.map(ImageView::src).orElse(null),
				cover.map(ImageView::alt).orElse(null));
		article.attachGallery(
				content.galleryId() == null ? null : media.gallery(content.galleryId()).map(g -> g.id()).orElse(null));
		articles.saveAndFlush(article);
		if (!Objects.equals(coverBefore, article.getCoverMediaId())) {
			audit.record(editor.email(), ip, "ARTICLE_COVER_CHANGED", "article", id(article),
					"Image de couverture de l’actualité « " + article.getTitle() + " » changée", text(coverBefore),
					text(article.getCoverMediaId()));
		}
		if (!Objects.equals(galleryBefore, article.getGalleryId())) {
			audit.record(editor.email(), ip, "ARTICLE_GALLERY_CHANGED", "article", id(article),
					"Galerie associée à l’actualité « " + article.getTitle() + " » changée", text(galleryBefore),
					text(article.getGalleryId()));
		}
		Set<Long> shown = new LinkedHashSet<>(media.findIdsShownIn(article.getBody()));
		if (article.getCoverMediaId() != null) {
			shown.add(article.getCoverMediaId());
		}
		usages.replace("article", article.getId(), shown, "Actualité : " + article.getTitle(),
				"/admin/actualites/" + article.getId());
	}

	/** Whether saving {@code content} would change anything of the article. */
	private static boolean changes(Article article, ArticleContent content) {
		return !content.title().strip().equals(article.getTitle())
				|| !content.standfirst().strip().equals(article.getStandfirst())
				|| !RichText.sanitize(content.body()).equals(article.getBody())
				|| content.sectionId() != article.getSection().getId()
				|| !content.language().equals(article.getLanguage())
				|| !Objects.equals(blankToNull(content.seoTitle()), article.getSeoTitle())
				|| !Objects.equals(blankToNull(content.seoDescription()), article.getSeoDescription())
				|| content.featured() != article.isFeatured()
				|| !new java.util.HashSet<>(content.tags()).equals(new java.util.HashSet<>(article.getTags()))
				|| !Objects.equals(content.coverMediaId(), article.getCoverMediaId())
				|| !Objects.equals(content.galleryId(), article.getGalleryId());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable String text(@Nullable Long id) {
		return id == null ? null : String.valueOf(id);
	}

	public void submit(long id, Editor editor, @Nullable String ip) {
		transition(id, editor, ip, "ARTICLE_SUBMITTED", "soumise à la relecture", ownerOrEditor(editor),
				article -> article.submit(clock));
	}

	/**
	 * Publishes now ({@code at} null or past: announced at once) or schedules for
	 * {@code at} (announced by {@link ArticleAnnouncer} when the time comes); an article
	 * already scheduled gets its new time.
	 */
	public void publish(long id, @Nullable Instant at, Editor editor, @Nullable String ip) {
		boolean scheduled = at != null && at.isAfter(clock.instant());
		transition(id, editor, ip, scheduled ? "ARTICLE_SCHEDULED" : "ARTICLE_PUBLISHED",
				scheduled ? "programmée" : "publiée", publisher(editor), article -> {
					if (article.isScheduledAt(clock.instant())) {
						// not public yet, hence not announced yet: only the time moves
						article.reschedule(at, clock);
					}
					else {
						// a new publication is announced anew
						articles.forgetAnnouncement(article.getId());
						article.publish(at, clock);
					}
				});
		if (!scheduled) {
			announcer.announce(id);
		}
	}

	public void unpublish(long id, Editor editor, @Nullable String ip) {
		transition(id, editor, ip, "ARTICLE_UNPUBLISHED", "dépubliée", publisher(editor),
				article -> article.unpublish(clock));
	}

	public void archive(long id, Editor editor, @Nullable String ip) {
		transition(id, editor, ip, "ARTICLE_ARCHIVED", "archivée", publisher(editor),
				article -> article.archive(clock));
	}

	public void backToDraft(long id, Editor editor, @Nullable String ip) {
		transition(id, editor, ip, "ARTICLE_BACK_TO_DRAFT", "remise en brouillon", ownerOrEditor(editor),
				article -> article.backToDraft(clock));
	}

	/**
	 * Puts the text of revision {@code number} back; that makes a new revision, so the
	 * text it replaces stays in the history too.
	 */
	public void restore(long id, int number, Editor editor, @Nullable String ip) {
		Article article = article(id);
		if (!canEdit(article, editor)) {
			throw new AccessDeniedException("Not allowed to edit article " + id);
		}
		ArticleRevision revision = revisions.findByArticleIdAndNumber(id, number)
			.orElseThrow(() -> new NotFoundException("revision " + number + " of article " + id));
		Section section = sections.findById(revision.getSectionId()).orElse(article.getSection());
		String titleBefore = article.getTitle();
		article.revise(revision.getTitle(), revision.getStandfirst(), revision.getBody(), section,
				article.getLanguage(), revision.getSeoTitle(), revision.getSeoDescription(), article.isFeatured(),
				slugTaken(article.getId(), article.getSlug()), clock);
		article.changedBy(editor.name());
		articles.saveAndFlush(article);
		keepRevision(article, editor);
		audit.record(editor.email(), ip, "ARTICLE_RESTORED", "article", id(article),
				"Révision n° " + number + " de l’actualité « " + article.getTitle() + " » restaurée", titleBefore,
				article.getTitle());
	}

	private void transition(long id, Editor editor, @Nullable String ip, String action, String done,
			java.util.function.Predicate<Article> allowed, Consumer<Article> change) {
		Article article = article(id);
		if (!allowed.test(article)) {
			throw new AccessDeniedException(action + " not allowed on article " + id);
		}
		ArticleStatus before = article.getStatus();
		change.accept(article);
		article.changedBy(editor.name());
		articles.saveAndFlush(article);
		if (before == ArticleStatus.PUBLISHED && article.getStatus() != ArticleStatus.PUBLISHED) {
			events.publishEvent(new ArticleUnpublished(article.getId(), article.getSlug()));
		}
		audit.record(editor.email(), ip, action, "article", id(article),
				"Actualité « " + article.getTitle() + " » " + done, before.name(), article.getStatus().name());
	}

	private static java.util.function.Predicate<Article> ownerOrEditor(Editor editor) {
		return article -> editor.canEditAny() || article.isWrittenBy(editor.id());
	}

	private static java.util.function.Predicate<Article> publisher(Editor editor) {
		return article -> editor.canPublish();
	}

	private void keepRevision(Article article, Editor editor) {
		int number = revisions.lastNumber(article.getId()) + 1;
		revisions.save(new ArticleRevision(article, number, editor.id(), editor.name(), clock.instant()));
	}

	private Article article(long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
	}

	private Section section(long id) {
		return sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
	}

	private static String id(Article article) {
		return String.valueOf(article.getId());
	}

}
