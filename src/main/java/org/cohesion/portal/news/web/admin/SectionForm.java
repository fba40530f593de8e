package org.cohesion.portal.news.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the section form sends. */
public record SectionForm(
		@NotBlank(message = "{section.form.name.required}") @Size(max = 120,
				message = "{section.form.name.size}") String name,
		@Size(max = 500, message = "{section.form.description.size}") @Nullable String description,
		@Nullable Long version) {
}
