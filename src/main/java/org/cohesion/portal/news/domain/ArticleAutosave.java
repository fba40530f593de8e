package org.cohesion.portal.news.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cohesion.portal.shared.RichText;

/**
 * The one autosave slot of an editor for an article: what the browser last sent of the
 * text being written, overwritten each time, offered back when the editor returns without
 * having saved.
 */
@Entity
@Table(name = "news_article_autosave")
public class ArticleAutosave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long articleId;

	@Column(nullable = false)
	private long editorId;

	@Column(nullable = false)
	private Instant savedAt;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 600)
	private String standfirst;

	@Column(nullable = false, length = Article.MAX_BODY_LENGTH)
	private String body;

	protected ArticleAutosave() {
	}

	public ArticleAutosave(long articleId, long editorId) {
		this.articleId = articleId;
		this.editorId = editorId;
	}

	/**
	 * Replaces the slot's text. Over-long text is cut rather than refused: an autosave
	 * never fails for what the real save will reject with a message. The body is
	 * sanitised already, so that what is offered back is what could be kept.
	 */
	public void keep(String title, String standfirst, String body, Clock clock) {
		this.title = cut(title, 200);
		this.standfirst = cut(standfirst, 600);
		this.body = RichText.sanitize(cut(body, Article.MAX_BODY_LENGTH));
		this.savedAt = clock.instant();
	}

	/** True when it holds something else than the article's current text. */
	public boolean differsFrom(Article article) {
		return !title.strip().equals(article.getTitle()) || !standfirst.strip().equals(article.getStandfirst())
				|| !body.equals(article.getBody());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public long getArticleId() {
		return articleId;
	}

	public long getEditorId() {
		return editorId;
	}

	public Instant getSavedAt() {
		return savedAt;
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

}
