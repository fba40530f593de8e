package org.cohesion.portal.site.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.shared.Slugs;

/** A static page stored in the database: "Le Ministère", "Missions", "Contacts"… */
@Entity
@Table(name = "site_page")
public class Page {

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
	private String summary;

	@Column(nullable = false, length = 200_000)
	private String body;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Page() {
	}

	public Page(String slug, String title, String summary, String body, int position, Clock clock) {
		this.slug = Slugs.slugify(slug);
		this.title = title.strip();
		this.summary = summary.strip();
		this.body = RichText.sanitize(body);
		this.position = position;
		this.language = "fr";
		this.updatedAt = clock.instant();
	}

	/**
	 * Changes the page's text; its address (slug) stays. The body is sanitised whatever
	 * its source.
	 */
	public void edit(String title, String summary, String body, Clock clock) {
		this.title = title.strip();
		this.summary = summary.strip();
		this.body = RichText.sanitize(body);
		this.updatedAt = clock.instant();
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
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

	public String getLanguage() {
		return language;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
