package org.cohesion.portal.newsletter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cohesion.portal.news.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * One article in an edition, copied when it is added: what was sent stays what the
 * archive shows, whatever becomes of the article afterwards.
 */
@Entity
@Table(name = "newsletter_edition_item")
public class EditionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	@Column(nullable = false)
	private int position;

	private @Nullable Long articleId;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false, length = 2000)
	private String standfirst;

	@Column(nullable = false, length = 400)
	private String path;

	@Column(length = 400)
	private @Nullable String imagePath;

	@Column(length = 400)
	private @Nullable String imageAlt;

	@Column(nullable = false, length = 120)
	private String sectionSlug;

	@Column(nullable = false, length = 120)
	private String sectionName;

	@Column(nullable = false)
	private Instant publishedAt;

	protected EditionItem() {
	}

	EditionItem(Edition edition, int position, ArticleSummary article) {
		this.edition = edition;
		this.position = position;
		this.articleId = article.id();
		this.title = cut(article.title(), 300);
		this.standfirst = cut(article.standfirst(), 2000);
		this.path = article.path();
		this.imagePath = article.hasImage() ? article.imagePath() : null;
		this.imageAlt = article.hasImage() ? cut(article.imageAlt(), 400) : null;
		this.sectionSlug = article.sectionSlug();
		this.sectionName = article.sectionName();
		this.publishedAt = article.publishedAt();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public @Nullable Long getArticleId() {
		return articleId;
	}

	public String getTitle() {
		return title;
	}

	public String getStandfirst() {
		return standfirst;
	}

	public String getPath() {
		return path;
	}

	public @Nullable String getImagePath() {
		return imagePath;
	}

	public @Nullable String getImageAlt() {
		return imageAlt;
	}

	public String getSectionSlug() {
		return sectionSlug;
	}

	public String getSectionName() {
		return sectionName;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
