package org.cohesion.portal.site.domain;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.i18n.Translatable;
import org.cohesion.portal.shared.ContentDigest;
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.shared.Slugs;

/** A static page stored in the database: "Le Ministère", "Missions", "Contacts"… */
@Entity
@Table(name = "site_page")
public class Page implements Translatable {

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

	@OneToMany(mappedBy = "page", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PageTranslation> translations = new ArrayList<>();

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

	/**
	 * Creates or replaces the translation into {@code target}, made from the current
	 * text. Its slug follows its title, unique in its language ({@code slugTaken}).
	 */
	public PageTranslation translate(String target, String title, String summary, String body,
			Predicate<String> slugTaken, String editorName, Clock clock) {
		if (target.equals(language)) {
			throw new IllegalArgumentException("A page is not translated into its own language");
		}
		PageTranslation existing = translation(target).orElse(null);
		String stripped = title.strip();
		String slug = existing != null && existing.getSlug().equals(Slugs.slugify(stripped)) ? existing.getSlug()
				: Slugs.unique(stripped, slugTaken);
		PageTranslation translation = existing != null ? existing : new PageTranslation(this, target);
		translation.replace(slug, stripped, summary, body, editorName, clock.instant());
		if (existing == null) {
			translations.add(translation);
		}
		return translation;
	}

	public boolean removeTranslation(String target) {
		return translations.removeIf(t -> t.getLanguage().equals(target));
	}

	public Optional<PageTranslation> translation(String target) {
		return translations.stream().filter(t -> t.getLanguage().equals(target)).findFirst();
	}

	public List<PageTranslation> getTranslations() {
		return List.copyOf(translations);
	}

	/** The fingerprint of the text a translation is made from. */
	public String textDigest() {
		return ContentDigest.of(title, summary, body);
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
