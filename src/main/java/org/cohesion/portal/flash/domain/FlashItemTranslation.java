package org.cohesion.portal.flash.domain;

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
import org.cohesion.portal.shared.TranslationRevision;
import org.jspecify.annotations.Nullable;

/**
 * A flash info in another language, part of the {@link FlashItem} aggregate; it shows
 * exactly when the original does.
 */
@Entity
@Table(name = "flash_item_translation")
public class FlashItemTranslation implements Translatable.Translation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "flash_item_id")
	private FlashItem item;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false, length = 80)
	private String label;

	@Column(nullable = false, length = 400)
	private String text;

	@Column(nullable = false, length = 80)
	private String sourceLabel;

	@Column(nullable = false, length = 400)
	private String sourceText;

	@Embedded
	private TranslationRevision revision;

	@Version
	private long version;

	protected FlashItemTranslation() {
	}

	FlashItemTranslation(FlashItem item, String language) {
		this.item = item;
		this.language = language;
	}

	void replace(String label, String text, String editorName, Instant now) {
		this.label = label.strip();
		this.text = text.strip();
		this.revision = TranslationRevision.of(item.textDigest(), editorName, now);
		this.sourceLabel = item.getLabel();
		this.sourceText = item.getText();
	}

	public boolean isOutdated() {
		return revision.isOutdatedAgainst(item.textDigest());
	}

	public FlashItem getItem() {
		return item;
	}

	public String getLanguage() {
		return language;
	}

	public String getLabel() {
		return label;
	}

	public String getText() {
		return text;
	}

	public String getSourceLabel() {
		return sourceLabel;
	}

	public String getSourceText() {
		return sourceText;
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
		return label;
	}

}
