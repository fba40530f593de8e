package org.cohesion.portal.news.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * The text of an article as one save left it. Never changed once written: restoring a
 * revision writes a new one.
 */
@Entity
@Table(name = "news_article_revision")
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long articleId;

	@Column(nullable = false)
	private int number;

	private @Nullable Long authorId;

	@Column(nullable = false, length = 120)
	private String authorName;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 600)
	private String standfirst;

	@Column(nullable = false, length = Article.MAX_BODY_LENGTH)
	private String body;

	@Column(nullable = false)
	private long sectionId;

	@Column(nullable = false, length = 120)
	private String sectionName;

	@Column(length = 200)
	private @Nullable String seoTitle;

	@Column(length = 300)
	private @Nullable String seoDescription;

	protected ArticleRevision() {
	}

	/** Snapshot of the article as it is now, numbered {@code number}. */
	public ArticleRevision(Article article, int number, @Nullable Long authorId, String authorName, Instant at) {
		this.articleId = article.getId();
		this.number = number;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = at;
		this.title = article.getTitle();
		this.standfirst = article.getStandfirst();
		this.body = article.getBody();
		this.sectionId = article.getSection().getId();
		this.sectionName = article.getSection().getName();
		this.seoTitle = article.getSeoTitle();
		this.seoDescription = article.getSeoDescription();
	}

	public Long getId() {
		return id;
	}

	public long getArticleId() {
		return articleId;
	}

	public int getNumber() {
		return number;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getCreatedAt() {
		return createdAt;
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

	public long getSectionId() {
		return sectionId;
	}

	public String getSectionName() {
		return sectionName;
	}

	public @Nullable String getSeoTitle() {
		return seoTitle;
	}

	public @Nullable String getSeoDescription() {
		return seoDescription;
	}

}
