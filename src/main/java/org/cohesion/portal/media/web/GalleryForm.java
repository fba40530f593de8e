package org.cohesion.portal.media.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the gallery editor posts: its text, the captions of its images in their current
 * order, images to add, and which button was pressed ({@code save}, {@code up:3},
 * {@code down:3}, {@code remove:3}), so the page works without JavaScript.
 */
public record GalleryForm(
		@NotBlank(message = "{media.gallery.error.title}") @Size(max = 200,
				message = "{media.gallery.error.titleLength}") @Nullable String title,
		@NotNull(message = "{media.gallery.error.date}") @Nullable LocalDate date,
		@Size(max = 1000, message = "{media.gallery.error.descriptionLength}") @Nullable String description,
		@Nullable List<String> captions, @Nullable List<Long> add, @Nullable String action, @Nullable Long version) {
}
