package org.cohesion.portal.media.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An image or a document of the library. The file itself lives in the storage under a
 * name derived from its SHA-256 ({@link #getContentHash()}); this row holds what the
 * editors wrote about it and where processing stands.
 */
@Entity
@Table(name = "media_item")
public class MediaItem {

	public static final int MAX_ALT = 500;

	public static final int MAX_CAPTION = 1000;

	public static final int MAX_CREDIT = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private MediaKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private MediaStatus status;

	@Column(nullable = false, length = 255)
	private String originalName;

	@Column(nullable = false, length = 64, unique = true)
	private String contentHash;

	@Column(nullable = false, length = 100)
	private String contentType;

	@Column(nullable = false)
	private long byteSize;

	private @Nullable Integer width;

	private @Nullable Integer height;

	@Column(nullable = false)
	private boolean webp;

	@Column(nullable = false)
	private long derivativeBytes;

	@Column(name = "alt_text", length = MAX_ALT)
	private @Nullable String alt;

	@Column(length = MAX_CAPTION)
	private @Nullable String caption;

	@Column(length = MAX_CREDIT)
	private @Nullable String credit;

	@Column(length = 300)
	private @Nullable String failure;

	@Column(nullable = false)
	private Instant uploadedAt;

	@Column(length = 120)
	private @Nullable String uploadedBy;

	@Version
	private long version;

	protected MediaItem() {
	}

	private MediaItem(MediaKind kind, String originalName, String contentHash, String contentType, long byteSize,
			@Nullable Integer width, @Nullable Integer height, Instant now, @Nullable String uploadedBy) {
		this.kind = kind;
		this.originalName = originalName;
		this.contentHash = contentHash;
		this.contentType = contentType;
		this.byteSize = byteSize;
		this.width = width;
		this.height = height;
		this.uploadedAt = now;
		this.uploadedBy = uploadedBy;
		this.status = kind == MediaKind.IMAGE ? MediaStatus.PROCESSING : MediaStatus.READY;
	}

	/**
	 * An image whose header was checked; {@code width} and {@code height} are as shown
	 * (after the EXIF orientation).
	 */
	public static MediaItem image(String originalName, String contentHash, String contentType, long byteSize, int width,
			int height, Instant now, @Nullable String uploadedBy) {
		return new MediaItem(MediaKind.IMAGE, originalName, contentHash, contentType, byteSize, width, height, now,
				uploadedBy);
	}

	/** A document (PDF) that parsed; ready at once, it has no derivatives. */
	public static MediaItem document(String originalName, String contentHash, long byteSize, Instant now,
			@Nullable String uploadedBy) {
		return new MediaItem(MediaKind.DOCUMENT, originalName, contentHash, "application/pdf", byteSize, null, null,
				now, uploadedBy);
	}

	/** The derivatives are written: the image can be shown. */
	public void processed(boolean webp, long derivativeBytes) {
		if (status != MediaStatus.PROCESSING) {
			throw new IllegalStateException("Media " + id + " is " + status);
		}
		this.status = MediaStatus.READY;
		this.webp = webp;
		this.derivativeBytes = derivativeBytes;
	}

	/** Processing failed; {@code reason} is the French sentence shown in the library. */
	public void failed(String reason) {
		this.status = MediaStatus.FAILED;
		this.failure = reason.length() > 300 ? reason.substring(0, 300) : reason;
	}

	/** A failed image goes back to processing (a retry); nothing else may. */
	public void retry() {
		if (status != MediaStatus.FAILED) {
			throw new IllegalStateException("Media " + id + " is " + status);
		}
		this.status = MediaStatus.PROCESSING;
		this.failure = null;
	}

	/**
	 * The name a download is saved under: the uploader's name, but always with the
	 * extension of the type found in the file ({@code rapport.html} holding a PDF is
	 * served as {@code rapport.pdf}), so that a file opened from disk is opened by the
	 * right program.
	 */
	public String downloadName() {
		String extension = switch (contentType) {
			case "image/jpeg" -> "jpg";
			case "image/png" -> "png";
			case "image/webp" -> "webp";
			case "application/pdf" -> "pdf";
			default -> "bin";
		};
		String base = originalName;
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.strip();
		while (base.endsWith(".")) {
			base = base.substring(0, base.length() - 1);
		}
		return (base.isBlank() ? "fichier" : base) + "." + extension;
	}

	public void describe(@Nullable String alt, @Nullable String caption, @Nullable String credit) {
		this.alt = blankToNull(alt);
		this.caption = blankToNull(caption);
		this.credit = blankToNull(credit);
	}

	/**
	 * Shown on a public page only when ready and described for those who cannot see it.
	 */
	public boolean isPublishable() {
		return kind == MediaKind.DOCUMENT ? status == MediaStatus.READY
				: status == MediaStatus.READY && alt != null && !alt.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public MediaKind getKind() {
		return kind;
	}

	public MediaStatus getStatus() {
		return status;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentHash() {
		return contentHash;
	}

	public String getContentType() {
		return contentType;
	}

	public long getByteSize() {
		return byteSize;
	}

	public @Nullable Integer getWidth() {
		return width;
	}

	public @Nullable Integer getHeight() {
		return height;
	}

	public boolean hasWebp() {
		return webp;
	}

	public long getDerivativeBytes() {
		return derivativeBytes;
	}

	public @Nullable String getAlt() {
		return alt;
	}

	public @Nullable String getCaption() {
		return caption;
	}

	public @Nullable String getCredit() {
		return credit;
	}

	public @Nullable String getFailure() {
		return failure;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public @Nullable String getUploadedBy() {
		return uploadedBy;
	}

	public long getVersion() {
		return version;
	}

}
