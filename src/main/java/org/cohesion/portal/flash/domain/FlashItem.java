package org.cohesion.portal.flash.domain;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.jspecify.annotations.Nullable;

/**
 * A flash info. It shows in the ticker from {@code showFrom} until {@code showUntil}
 * (open-ended when absent) and stays in the archive afterwards.
 */
@Entity
@Table(name = "flash_item")
public class FlashItem implements Translatable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 80)
	private String label;

	@Column(nullable = false, length = 400)
	private String text;

	@Column(nullable = false, length = 8)
	private String language;

	/**
	 * The article this item leads to, if any (the news module resolves its current
	 * address).
	 */
	private @Nullable Long articleId;

	@Column(nullable = false)
	private Instant publishedAt;

	@Column(nullable = false)
	private Instant showFrom;

	private @Nullable Instant showUntil;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<FlashItemTranslation> translations = new ArrayList<>();

	@Version
	private long version;

	protected FlashItem() {
	}

	public FlashItem(String label, String text, Instant publishedAt, @Nullable Instant showUntil, Clock clock) {
		this.label = label.strip();
		this.text = text.strip();
		this.language = "fr";
		this.publishedAt = publishedAt;
		this.showFrom = publishedAt;
		this.showUntil = showUntil;
		this.updatedAt = clock.instant();
	}

	/**
	 * Changes what the item says and when it shows; {@code showUntil}, if any, must come
	 * after {@code showFrom}.
	 */
	public void edit(String label, String text, Instant showFrom, @Nullable Instant showUntil, @Nullable Long articleId,
			Clock clock) {
		if (showUntil != null && !showUntil.isAfter(showFrom)) {
			throw new IllegalArgumentException("showUntil must come after showFrom");
		}
		this.label = label.strip();
		this.text = text.strip();
		this.showFrom = showFrom;
		this.publishedAt = showFrom;
		this.showUntil = showUntil;
		this.articleId = articleId;
		this.updatedAt = clock.instant();
	}

	public void linkTo(@Nullable Long articleId) {
		this.articleId = articleId;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public boolean isShownAt(Instant now) {
		return !showFrom.isAfter(now) && (showUntil == null || showUntil.isAfter(now));
	}

	/**
	 * Creates or replaces the translation into {@code target}, made from the current
	 * text.
	 */
	public FlashItemTranslation translate(String target, String label, String text, String editorName, Clock clock) {
		if (target.equals(language)) {
			throw new IllegalArgumentException("A flash info is not translated into its own language");
		}
		FlashItemTranslation translation = translation(target).orElse(null);
		if (translation == null) {
			translation = new FlashItemTranslation(this, target);
			translations.add(translation);
		}
		translation.replace(label, text, editorName, clock.instant());
		return translation;
	}

	public boolean removeTranslation(String target) {
		return translations.removeIf(t -> t.getLanguage().equals(target));
	}

	public Optional<FlashItemTranslation> translation(String target) {
		return translations.stream().filter(t -> t.getLanguage().equals(target)).findFirst();
	}

	/** The fingerprint of the text a translation is made from. */
	public String textDigest() {
		return ContentDigest.of(label, text);
	}

	public String getLanguage() {
		return language;
	}

	public Long getId() {
		return id;
	}

	public String getLabel() {
		return label;
	}

	public String getText() {
		return text;
	}

	public @Nullable Long getArticleId() {
		return articleId;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getShowFrom() {
		return showFrom;
	}

	public @Nullable Instant getShowUntil() {
		return showUntil;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
