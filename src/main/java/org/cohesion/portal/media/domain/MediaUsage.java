package org.cohesion.portal.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One place where an item is shown (an article's cover, a gallery…). */
@Entity
@Table(name = "media_usage")
public class MediaUsage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long mediaId;

	@Column(nullable = false, length = 40)
	private String ownerType;

	@Column(nullable = false)
	private long ownerId;

	@Column(nullable = false, length = 300)
	private String label;

	@Column(length = 300)
	private @Nullable String path;

	protected MediaUsage() {
	}

	public MediaUsage(long mediaId, String ownerType, long ownerId, String label, @Nullable String path) {
		this.mediaId = mediaId;
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		relabel(label, path);
	}

	public void relabel(String label, @Nullable String path) {
		this.label = label.length() > 300 ? label.substring(0, 300) : label;
		this.path = path;
	}

	public long getMediaId() {
		return mediaId;
	}

	public String getOwnerType() {
		return ownerType;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getLabel() {
		return label;
	}

	public @Nullable String getPath() {
		return path;
	}

}
