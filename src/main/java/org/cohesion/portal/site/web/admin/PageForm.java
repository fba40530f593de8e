package org.cohesion.portal.site.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the static page form sends. The address is chosen once, at creation. */
public record PageForm(
		@NotBlank(message = "{page.form.title.required}") @Size(max = 200,
				message = "{page.form.title.size}") String title,
		@Pattern(regexp = "^$|^[a-z0-9][a-z0-9-]{0,99}$", message = "{page.form.slug.pattern}") @Nullable String slug,
		@NotBlank(message = "{page.form.summary.required}") @Size(max = 600,
				message = "{page.form.summary.size}") String summary,
		@NotBlank(message = "{page.form.body.required}") @Size(max = 200_000,
				message = "{page.form.body.size}") String body,
		@Nullable Long version) {
}
