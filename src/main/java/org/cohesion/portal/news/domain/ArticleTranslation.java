package org.cohesion.portal.news.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.i18n.Translatable;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.shared.TranslationRevision;
import org.jspecify.annotations.Nullable;

/**
 * An article in another language. Part of the {@link Article} aggregate: it is created
 * and changed through {@link Article#translate}, has no publication state of its own
 * (readers see it exactly when they see the original) and remembers the fingerprint of
 * the original's text it was made from.
 */
@Entity
@Table(name = "news_article_translation")
public class ArticleTranslation implements Translatable.Translation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false, length = 100)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 600)
	private String standfirst;

	@Column(nullable = false, length = Article.MAX_BODY_LENGTH)
	private String body;

	@Column(length = 200)
	private @Nullable String seoTitle;

	@Column(length = 300)
	private @Nullable String seoDescription;

	@Column(nullable = false)
	private Instant sourceUpdatedAt;

	@Column(nullable = false, length = 200)
	private String sourceTitle;

	@Column(nullable = false, length = 600)
	private String sourceStandfirst;

	@Column(nullable = false, length = Article.MAX_BODY_LENGTH)
	private String sourceBody;

	@Column(nullable = false)
	private Instant createdAt;

	@Embedded
	private TranslationRevision revision;

	@Version
	private long version;

	protected ArticleTranslation() {
	}

	ArticleTranslation(Article article, String language, Instant now) {
		this.article = article;
		this.language = language;
		this.createdAt = now;
	}

	void replace(String slug, String title, String standfirst, String body, @Nullable String seoTitle,
			@Nullable String seoDescription, Article source, String editorName, Instant now) {
		this.slug = slug;
		this.title = title.strip();
		this.standfirst = standfirst.strip();
		this.body = RichText.sanitize(body);
		this.seoTitle = seoTitle == null || seoTitle.isBlank() ? null : seoTitle.strip();
		this.seoDescription = seoDescription == null || seoDescription.isBlank() ? null : seoDescription.strip();
		this.revision = TranslationRevision.of(source.textDigest(), editorName, now);
		this.sourceUpdatedAt = source.getUpdatedAt();
		this.sourceTitle = source.getTitle();
		this.sourceStandfirst = source.getStandfirst();
		this.sourceBody = source.getBody();
	}

	/** The original's text changed since this translation was made or last revised. */
	public boolean isOutdated() {
		return revision.isOutdatedAgainst(article.textDigest());
	}

	/** The summary of the article as this translation shows it. */
	public ArticleSummary summarize(ArticleSummary original) {
		return new ArticleSummary(original.id(), slug, title, standfirst, original.sectionSlug(),
				article.getSection().name(language), original.publishedAt(), original.imagePath(), original.imageAlt(),
				language);
	}

	public ArticleSummary toSummary() {
		return summarize(article.toSummary());
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

	public String getLanguage() {
		return language;
	}

	public String getSlug() {
		return slug;
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

	public @Nullable String getSeoTitle() {
		return seoTitle;
	}

	public @Nullable String getSeoDescription() {
		return seoDescription;
	}

	public String getSourceDigest() {
		return revision.sourceDigest();
	}

	public Instant getSourceUpdatedAt() {
		return sourceUpdatedAt;
	}

	/** The original's title when this translation was made from it. */
	public String getSourceTitle() {
		return sourceTitle;
	}

	public String getSourceStandfirst() {
		return sourceStandfirst;
	}

	public String getSourceBody() {
		return sourceBody;
	}

	public Instant getUpdatedAt() {
		return revision.updatedAt();
	}

	public @Nullable String getLastEditorName() {
		return revision.lastEditorName();
	}

	public long getVersion() {
		return version;
	}

	@Override
	public String heading() {
		return title;
	}

}
