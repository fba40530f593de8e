package org.cohesion.portal.media.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.shared.Slugs;
import org.jspecify.annotations.Nullable;

/** A gallery: a title, a date and an ordered list of images with their captions. */
@Entity
@Table(name = "media_gallery")
public class Gallery {

	public static final int MAX_IMAGES = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 1000)
	private @Nullable String description;

	@Column(name = "gallery_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "media_gallery_image", joinColumns = @JoinColumn(name = "gallery_id"))
	@OrderColumn(name = "position")
	private List<GalleryImage> images = new ArrayList<>();

	@Version
	private long version;

	protected Gallery() {
	}

	public Gallery(String title, @Nullable String description, LocalDate date, Predicate<String> slugTaken,
			Clock clock) {
		this.title = title.strip();
		this.slug = Slugs.unique(this.title, slugTaken);
		this.description = blankToNull(description);
		this.date = date;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** A gallery with a chosen address (imports, demo content); made unique if taken. */
	public static Gallery withSlug(String slug, String title, @Nullable String description, LocalDate date,
			Predicate<String> slugTaken, Clock clock) {
		Gallery gallery = new Gallery(title, description, date, slugTaken, clock);
		gallery.slug = Slugs.unique(slug, slugTaken);
		return gallery;
	}

	public void edit(String title, @Nullable String description, LocalDate date, Clock clock) {
		this.title = title.strip();
		this.description = blankToNull(description);
		this.date = date;
		this.updatedAt = clock.instant();
	}

	/** Replaces the images, in this order (at most {@link #MAX_IMAGES}). */
	public void arrange(List<GalleryImage> newImages, Clock clock) {
		images.clear();
		images.addAll(newImages.size() > MAX_IMAGES ? newImages.subList(0, MAX_IMAGES) : newImages);
		this.updatedAt = clock.instant();
	}

	public void add(long mediaId, @Nullable String caption, Clock clock) {
		if (images.size() < MAX_IMAGES && images.stream().noneMatch(image -> image.getMediaId() == mediaId)) {
			images.add(new GalleryImage(mediaId, caption));
			this.updatedAt = clock.instant();
		}
	}

	/** Moves the image at {@code index} one place up (-1) or down (+1). */
	public boolean move(int index, int delta, Clock clock) {
		int target = index + delta;
		if (index < 0 || index >= images.size() || target < 0 || target >= images.size()) {
			return false;
		}
		Collections.swap(images, index, target);
		this.updatedAt = clock.instant();
		return true;
	}

	public void remove(int index, Clock clock) {
		if (index >= 0 && index < images.size()) {
			images.remove(index);
			this.updatedAt = clock.instant();
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public LocalDate getDate() {
		return date;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<GalleryImage> getImages() {
		return List.copyOf(images);
	}

	public long getVersion() {
		return version;
	}

	/**
	 * When the gallery counts as published, for search (date filter, sort, year): noon
	 * UTC of its date (the same calendar day in every West African zone), or its creation
	 * if it is dated later, so that a gallery shown today is found today. Derived, not
	 * stored.
	 */
	public Instant getPublishedAt() {
		Instant dated = date.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
		return dated.isAfter(createdAt) ? createdAt : dated;
	}

	/** The captions of its images, one a line, for search. Derived, not stored. */
	public String getCaptionText() {
		StringBuilder text = new StringBuilder();
		for (GalleryImage image : images) {
			if (image.getCaption() != null) {
				// escaped: the body field reads its value as HTML
				text.append(image.getCaption().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
					.append('\n');
			}
		}
		return text.toString();
	}

}
