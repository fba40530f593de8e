package org.cohesion.portal.news.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.i18n.Translatable;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.shared.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * An actualité. State changes go through methods that check the current state; the body
 * is sanitised every time it is set, whatever its source.
 */
@Entity
@Table(name = "news_article")
public class Article implements Translatable {

	static final int MAX_BODY_LENGTH = 200_000;

	public static final int MAX_TAGS = 10;

	public static final int MAX_TAG_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String slug;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 600)
	private String standfirst;

	@Column(nullable = false, length = MAX_BODY_LENGTH)
	private String body;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "section_id")
	private Section section;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ArticleStatus status;

	@Column(nullable = false)
	private boolean featured;

	private @Nullable Instant publishedAt;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(length = 300)
	private @Nullable String imagePath;

	@Column(length = 300)
	private @Nullable String imageAlt;

	/** The library image the cover comes from; null for none or a bundled image. */
	private @Nullable Long coverMediaId;

	/** The "Galerie associée", from the media library. */
	private @Nullable Long galleryId;

	private @Nullable Long authorId;

	@Column(length = 120)
	private @Nullable String authorName;

	@Column(name = "updated_by", length = 120)
	private @Nullable String lastEditorName;

	@Column(length = 200)
	private @Nullable String seoTitle;

	@Column(length = 300)
	private @Nullable String seoDescription;

	// announced_at is deliberately not mapped: only the atomic conditional update of
	// ArticleRepository#claimAnnouncement writes it, so saving the entity can never reset
	// it.

	@ElementCollection
	@CollectionTable(name = "news_article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "tag", length = MAX_TAG_LENGTH)
	private Set<String> tags = new LinkedHashSet<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ArticleSlugAlias> slugAliases = new ArrayList<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ArticleTranslation> translations = new ArrayList<>();

	@Version
	private long version;

	protected Article() {
	}

	private Article(String title, String slug, String standfirst, String body, Section section, Instant now) {
		this.title = title.strip();
		this.slug = slug;
		this.standfirst = standfirst.strip();
		this.body = RichText.sanitize(body);
		this.section = section;
		this.language = "fr";
		this.status = ArticleStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new draft; {@code slugTaken} tells which slugs are already used by other
	 * articles.
	 */
	public static Article draft(String title, String standfirst, String body, Section section,
			Predicate<String> slugTaken, Clock clock) {
		return new Article(title, Slugs.unique(title, slugTaken), standfirst, body, section, clock.instant());
	}

	/** A new draft written by a member of the editorial team. */
	public static Article draft(String title, String standfirst, String body, Section section,
			Predicate<String> slugTaken, Clock clock, long authorId, String authorName) {
		Article article = draft(title, standfirst, body, section, slugTaken, clock);
		article.authorId = authorId;
		article.authorName = authorName;
		article.lastEditorName = authorName;
		return article;
	}

	/**
	 * Replaces the text and settings of the article; the slug follows the title (see
	 * {@link #retitle}).
	 */
	public void revise(String title, String standfirst, String body, Section section, String language,
			@Nullable String seoTitle, @Nullable String seoDescription, boolean featured, Predicate<String> slugTaken,
			Clock clock) {
		retitle(title, slugTaken, clock);
		this.standfirst = standfirst.strip();
		this.body = RichText.sanitize(body);
		this.section = section;
		this.language = language;
		this.seoTitle = blankToNull(seoTitle);
		this.seoDescription = blankToNull(seoDescription);
		this.featured = featured;
		this.updatedAt = clock.instant();
	}

	/**
	 * Replaces the tags: blanks removed, spaces collapsed, duplicates (ignoring case)
	 * dropped, at most {@link #MAX_TAGS} of at most {@link #MAX_TAG_LENGTH} characters.
	 */
	public void retag(Collection<String> newTags) {
		Map<String, String> unique = new LinkedHashMap<>();
		for (String tag : newTags) {
			String clean = tag.strip().replaceAll("\\s+", " ");
			if (!clean.isEmpty() && clean.length() <= MAX_TAG_LENGTH && unique.size() < MAX_TAGS) {
				unique.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), clean);
			}
		}
		tags.clear();
		tags.addAll(unique.values());
	}

	/** Tags in alphabetical order, as readers see them. */
	public List<String> getTags() {
		return tags.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	/** The writer hands the draft to the editors. */
	public void submit(Clock clock) {
		move(ArticleStatus.SUBMITTED, clock, ArticleStatus.DRAFT);
	}

	/**
	 * Publishes now, or at {@code at} if given (a past date keeps the article's real
	 * publication date; a future one schedules it: the public queries show it once its
	 * time has come).
	 */
	public void publish(@Nullable Instant at, Clock clock) {
		move(ArticleStatus.PUBLISHED, clock, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.UNPUBLISHED);
		this.publishedAt = at != null ? at : clock.instant();
	}

	/**
	 * Moves the publication of a scheduled article (not public yet) to {@code at}, or to
	 * now if null.
	 */
	public void reschedule(@Nullable Instant at, Clock clock) {
		if (!isScheduledAt(clock.instant())) {
			throw new IllegalArticleTransition(status, ArticleStatus.PUBLISHED);
		}
		this.publishedAt = at != null ? at : clock.instant();
		this.updatedAt = clock.instant();
	}

	/**
	 * Takes a published (or scheduled) article off the site; it keeps its publication
	 * date.
	 */
	public void unpublish(Clock clock) {
		move(ArticleStatus.UNPUBLISHED, clock, ArticleStatus.PUBLISHED);
	}

	public void archive(Clock clock) {
		move(ArticleStatus.ARCHIVED, clock, ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
	}

	/** Back to the writer: a submission sent back, or an unpublished article reworked. */
	public void backToDraft(Clock clock) {
		move(ArticleStatus.DRAFT, clock, ArticleStatus.SUBMITTED, ArticleStatus.UNPUBLISHED);
	}

	/**
	 * Names the writer of an article that has none (content loaded from elsewhere, such
	 * as the demo); an article's author never changes once set.
	 */
	public boolean attributeTo(long authorId, String authorName) {
		if (this.authorId != null) {
			return false;
		}
		this.authorId = authorId;
		this.authorName = authorName;
		if (this.lastEditorName == null) {
			this.lastEditorName = authorName;
		}
		return true;
	}

	/** Who made the last change, named in the message of a conflicting save. */
	public void changedBy(String editorName) {
		this.lastEditorName = editorName;
	}

	/**
	 * What {@code actor} may do to this article at {@code now}: a Rédacteur edits only
	 * their own drafts and submits them; an Éditeur edits anything; publishing rights
	 * come with the state that allows each move. A button is offered only for what is in
	 * this set, and the service asks the same question again before acting.
	 */
	public Set<ArticleAction> allowedActions(ArticleActor actor, Instant now) {
		Set<ArticleAction> allowed = java.util.EnumSet.noneOf(ArticleAction.class);
		boolean owner = actor.editsAny() || isWrittenBy(actor.id());
		if (isEditableBy(actor)) {
			allowed.add(ArticleAction.EDIT);
		}
		if (owner && status == ArticleStatus.DRAFT) {
			allowed.add(ArticleAction.SUBMIT);
		}
		if (owner && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.UNPUBLISHED)) {
			allowed.add(ArticleAction.BACK_TO_DRAFT);
		}
		if (actor.publishes()) {
			if (status == ArticleStatus.DRAFT || status == ArticleStatus.SUBMITTED
					|| status == ArticleStatus.UNPUBLISHED || isScheduledAt(now)) {
				allowed.add(ArticleAction.PUBLISH);
			}
			if (status == ArticleStatus.PUBLISHED) {
				allowed.add(ArticleAction.UNPUBLISH);
			}
			if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED) {
				allowed.add(ArticleAction.ARCHIVE);
			}
		}
		return allowed;
	}

	/**
	 * A Rédacteur edits only their own drafts; an Éditeur or Administrateur edits
	 * anything.
	 */
	public boolean isEditableBy(ArticleActor actor) {
		return actor.editsAny() || (isWrittenBy(actor.id()) && status == ArticleStatus.DRAFT);
	}

	public boolean isWrittenBy(long editorId) {
		return authorId != null && authorId == editorId;
	}

	public boolean isScheduledAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

	private void move(ArticleStatus target, Clock clock, ArticleStatus... allowedFrom) {
		for (ArticleStatus from : allowedFrom) {
			if (status == from) {
				this.status = target;
				this.updatedAt = clock.instant();
				return;
			}
		}
		throw new IllegalArticleTransition(status, target);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * Changes the title; the slug follows and the previous slug keeps redirecting here.
	 */
	public void retitle(String newTitle, Predicate<String> slugTaken, Clock clock) {
		String stripped = newTitle.strip();
		if (stripped.equals(title)) {
			return;
		}
		this.title = stripped;
		String newSlug = Slugs.slugify(stripped);
		if (!newSlug.equals(slug)) {
			String previous = slug;
			slugAliases.removeIf(alias -> alias.getSlug().equals(newSlug));
			this.slug = slugTaken.test(newSlug) ? Slugs.unique(stripped, slugTaken) : newSlug;
			slugAliases.add(new ArticleSlugAlias(previous, this));
		}
		this.updatedAt = clock.instant();
	}

	public void illustrate(@Nullable String imagePath, @Nullable String imageAlt) {
		this.imagePath = imagePath;
		this.imageAlt = imageAlt;
	}

	/**
	 * The cover from the media library: its public path and text alternative are copied
	 * here, so pages, feeds and the sitemap read them without asking the library.
	 */
	public void illustrateFromLibrary(@Nullable Long mediaId, @Nullable String imagePath, @Nullable String imageAlt) {
		if (mediaId == null && this.coverMediaId == null) {
			return; // a bundled (demo) image stays until a library image replaces it
		}
		this.coverMediaId = mediaId;
		this.imagePath = mediaId == null ? null : imagePath;
		this.imageAlt = mediaId == null ? null : imageAlt;
	}

	public void attachGallery(@Nullable Long galleryId) {
		this.galleryId = galleryId;
	}

	/** The cover's public address (library or bundled image), null for none. */
	public @Nullable String getImagePath() {
		return imagePath;
	}

	public @Nullable Long getCoverMediaId() {
		return coverMediaId;
	}

	public @Nullable Long getGalleryId() {
		return galleryId;
	}

	public void markFeatured(boolean featured) {
		this.featured = featured;
	}

	public boolean isPublicAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	public ArticleSummary toSummary() {
		return new ArticleSummary(id, slug, title, standfirst, section.getSlug(), section.getName(),
				publishedAt != null ? publishedAt : createdAt, imagePath, imageAlt, language);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getLanguage() {
		return language;
	}

	public String getTitle() {
		return title;
	}

	public String getStandfirst() {
		return standfirst;
	}

	public String getBody() {
		return body;
	}

	public Section getSection() {
		return section;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public boolean isFeatured() {
		return featured;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * The last change readers can have seen: scheduling touches an article before it is
	 * out, so a change never dates from before the publication.
	 */
	public Instant getPublicUpdatedAt() {
		Instant published = publishedAt != null ? publishedAt : createdAt;
		return updatedAt.isAfter(published) ? updatedAt : published;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public @Nullable Long getAuthorId() {
		return authorId;
	}

	public @Nullable String getAuthorName() {
		return authorName;
	}

	public @Nullable String getLastEditorName() {
		return lastEditorName;
	}

	public @Nullable String getSeoTitle() {
		return seoTitle;
	}

	public @Nullable String getSeoDescription() {
		return seoDescription;
	}

	public List<ArticleSlugAlias> getSlugAliases() {
		return List.copyOf(slugAliases);
	}

	/**
	 * Creates or replaces the translation into {@code target} (never the article's own
	 * language), made from the current text: it is up to date until the text changes. Its
	 * slug follows its title, unique in its language ({@code slugTaken}).
	 */
	public ArticleTranslation translate(String target, String title, String standfirst, String body,
			@Nullable String seoTitle, @Nullable String seoDescription, Predicate<String> slugTaken, String editorName,
			Clock clock) {
		if (target.equals(language)) {
			throw new IllegalArgumentException("An article is not translated into its own language");
		}
		Instant now = clock.instant();
		ArticleTranslation existing = translation(target).orElse(null);
		String stripped = title.strip();
		// the slug is chosen before the new translation joins the article, as looking for
		// a free slug flushes the session
		String slug = existing != null && existing.getSlug().equals(Slugs.slugify(stripped)) ? existing.getSlug()
				: Slugs.unique(stripped, slugTaken);
		ArticleTranslation translation = existing != null ? existing : new ArticleTranslation(this, target, now);
		translation.replace(slug, stripped, standfirst, body, seoTitle, seoDescription, this, editorName, now);
		if (existing == null) {
			translations.add(translation);
		}
		return translation;
	}

	/** Removes the translation into {@code target}, if there is one. */
	public boolean removeTranslation(String target) {
		return translations.removeIf(t -> t.getLanguage().equals(target));
	}

	public java.util.Optional<ArticleTranslation> translation(String target) {
		return translations.stream().filter(t -> t.getLanguage().equals(target)).findFirst();
	}

	public List<ArticleTranslation> getTranslations() {
		return List.copyOf(translations);
	}

	/** The fingerprint of the text a translation is made from (not of its state). */
	public String textDigest() {
		return org.cohesion.portal.shared.ContentDigest.of(title, standfirst, body, seoTitle, seoDescription);
	}

}
