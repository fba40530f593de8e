package org.cohesion.portal.news.domain;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.shared.Slugs;

/** A rubrique: "Solidarité", "Coopération"… */
@Entity
@Table(name = "news_section")
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String slug;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false, length = 500)
	private String description;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 8)
	private String language;

	@Version
	private long version;

	/** Name and description in other languages, by language code. */
	@ElementCollection
	@CollectionTable(name = "news_section_translation", joinColumns = @JoinColumn(name = "section_id"))
	@MapKeyColumn(name = "language", length = 8)
	private Map<String, SectionName> translations = new HashMap<>();

	protected Section() {
	}

	public Section(String name, String description, int position) {
		this(Slugs.slugify(name), name, description, position);
	}

	public Section(String slug, String name, String description, int position) {
		this.name = name.strip();
		this.slug = Slugs.slugify(slug);
		this.description = description;
		this.position = position;
		this.language = "fr";
	}

	/**
	 * Renames the section; its address (slug) stays, so that links to it keep working.
	 */
	public void edit(String name, String description) {
		this.name = name.strip();
		this.description = description.strip();
	}

	/** Names the section in another language (replacing an earlier translation). */
	public void translate(String language, String name, String description) {
		if (this.language.equals(language)) {
			throw new IllegalArgumentException("A section is not translated into its own language");
		}
		translations.put(language, new SectionName(name.strip(), description.strip()));
	}

	/** The name readers of {@code language} see: its translation, else the original. */
	public String name(String language) {
		SectionName translated = translations.get(language);
		return translated != null ? translated.name() : name;
	}

	public String description(String language) {
		SectionName translated = translations.get(language);
		return translated != null ? translated.description() : description;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public String getLanguage() {
		return language;
	}

}
