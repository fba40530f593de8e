package org.cohesion.portal.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A slug an article used to have: links shared before a title change keep working (301).
 */
@Entity
@Table(name = "news_article_slug_alias")
public class ArticleSlugAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String slug;

	@ManyToOne(optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	protected ArticleSlugAlias() {
	}

	ArticleSlugAlias(String slug, Article article) {
		this.slug = slug;
		this.article = article;
	}

	public String getSlug() {
		return slug;
	}

	public Article getArticle() {
		return article;
	}

}
