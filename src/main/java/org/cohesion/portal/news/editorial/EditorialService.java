package org.cohesion.portal.news.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.ArticleUnpublished;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleRevision;
import org.cohesion.portal.news.domain.ArticleRevisionRepository;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.NotFoundException;
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

	private final ApplicationEventPublisher events;

	EditorialService(ArticleRepository articles, SectionRepository sections, ArticleRevisionRepository revisions,
			ArticleAnnouncer announcer, AuditTrail audit, Clock clock, org.cohesion.portal.media.MediaApi media,
			org.cohesion.portal.media.MediaUsages usages, ApplicationEventPublisher events) {
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
	 * anything.
	 */
	public static boolean canEdit(Article article, Editor editor) {
		return editor.canEditAny() || (article.isWrittenBy(editor.id()) && article.getStatus() == ArticleStatus.DRAFT);
	}

	public long create(ArticleContent content, Editor editor, @Nullable String ip) {
		Article article = Article.draft(content.title(), content.standfirst(), content.body(),
				section(content.sectionId()), articles::existsBySlug, clock, editor.id(), editor.name());
		article.revise(content.title(), content.standfirst(), content.body(), section(content.sectionId()),
				content.language(), content.seoTitle(), content.seoDescription(), content.featured(),
				articles::existsBySlug, clock);
		article.retag(content.tags());
		article = articles.saveAndFlush(article);
		keepRevision(article, editor);
		audit.record(editor.email(), ip, "ARTICLE_CREATED", "article", id(article),
				"Actualité « " + article.getTitle() + " » créée", null, article.getTitle());
		return article.getId();
	}

	/**
	 * Saves the form opened at {@code expectedVersion}; refuses if the article changed
	 * since, rather than overwrite someone else's work.
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
				slug -> !slug.equals(article.getSlug()) && articles.existsBySlug(slug), clock);
		article.retag(content.tags());
		article.changedBy(editor.name());
		articles.saveAndFlush(article);
		keepRevision(article, editor);
		audit.record(editor.email(), ip, "ARTICLE_SAVED", "article", id(article),
				"Actualité « " + article.getTitle() + " » enregistrée", titleBefore, article.getTitle());
	}

	/**
	 * Sets the cover image and the related gallery from the media library, and tells the
	 * library where its image is now used. Unknown or unpublishable ids are ignored.
	 */
	public void attachMedia(long id, @Nullable Long coverMediaId, @Nullable Long galleryId) {
		Article article = article(id);
		var cover = coverMediaId == null ? java.util.Optional.<org.cohesion.portal.media.ImageView>empty()
				: media.image(coverMediaId);
		article.illustrateFromLibrary(cover.map(org.cohesion.portal.media.ImageView::id).orElse(null),
				cover.map(org.cohesion.portal.media.ImageView::src).orElse(null),
				cover.map(org.cohesion.portal.media.ImageView::alt).orElse(null));
		article.attachGallery(galleryId == null ? null : media.gallery(galleryId).map(g -> g.id()).orElse(null));
		articles.saveAndFlush(article);
		java.util.Set<Long> shown = new java.util.LinkedHashSet<>(media.findIdsShownIn(article.getBody()));
		if (article.getCoverMediaId() != null) {
			shown.add(article.getCoverMediaId());
		}
		usages.replace("article", id, shown, "Actualité : " + article.getTitle(), "/admin/actualites/" + id);
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
				slug -> !slug.equals(article.getSlug()) && articles.existsBySlug(slug), clock);
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
