package org.cohesion.portal.site.domain;

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
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.shared.TranslationRevision;
import org.jspecify.annotations.Nullable;

/**
 * A static page in another language, part of the {@link Page} aggregate (changed through
 * {@link Page#translate}); it remembers the original's text it was made from.
 */
@Entity
@Table(name = "site_page_translation")
public class PageTranslation implements Translatable.Translation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "page_id")
	private Page page;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false, length = 100)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 600)
	private String summary;

	@Column(nullable = false, length = 200_000)
	private String body;

	@Column(nullable = false)
	private Instant sourceUpdatedAt;

	@Column(nullable = false, length = 200)
	private String sourceTitle;

	@Column(nullable = false, length = 600)
	private String sourceSummary;

	@Column(nullable = false, length = 200_000)
	private String sourceBody;

	@Embedded
	private TranslationRevision revision;

	@Version
	private long version;

	protected PageTranslation() {
	}

	PageTranslation(Page page, String language) {
		this.page = page;
		this.language = language;
	}

	void replace(String slug, String title, String summary, String body, String editorName, Instant now) {
		this.slug = slug;
		this.title = title.strip();
		this.summary = summary.strip();
		this.body = RichText.sanitize(body);
		this.revision = TranslationRevision.of(page.textDigest(), editorName, now);
		this.sourceUpdatedAt = page.getUpdatedAt();
		this.sourceTitle = page.getTitle();
		this.sourceSummary = page.getSummary();
		this.sourceBody = page.getBody();
	}

	public boolean isOutdated() {
		return revision.isOutdatedAgainst(page.textDigest());
	}

	public Page getPage() {
		return page;
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

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public Instant getSourceUpdatedAt() {
		return sourceUpdatedAt;
	}

	public String getSourceTitle() {
		return sourceTitle;
	}

	public String getSourceSummary() {
		return sourceSummary;
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
