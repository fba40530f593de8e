package org.cohesion.portal.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The part every stored translation shares (articles, static pages, flash infos): the
 * fingerprint of the original's text it was made from, and when and by whom it was last
 * saved. Embedded in each module's translation entity, on the columns they already had
 * ({@code source_digest}, {@code updated_at}, {@code updated_by}).
 */
@Embeddable
public class TranslationRevision {

	@Column(name = "source_digest", nullable = false, length = 64)
	private String sourceDigest;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 120)
	private @Nullable String lastEditorName;

	protected TranslationRevision() {
	}

	private TranslationRevision(String sourceDigest, Instant updatedAt, @Nullable String lastEditorName) {
		this.sourceDigest = sourceDigest;
		this.updatedAt = updatedAt;
		this.lastEditorName = lastEditorName;
	}

	/**
	 * A translation saved now by {@code editorName} from an original whose text is
	 * {@code sourceDigest}.
	 */
	public static TranslationRevision of(String sourceDigest, String editorName, Instant now) {
		return new TranslationRevision(sourceDigest, now, editorName);
	}

	/** The original's text changed since: its digest is no longer the one translated. */
	public boolean isOutdatedAgainst(String currentDigest) {
		return !sourceDigest.equals(currentDigest);
	}

	public String sourceDigest() {
		return sourceDigest;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable String lastEditorName() {
		return lastEditorName;
	}

}
