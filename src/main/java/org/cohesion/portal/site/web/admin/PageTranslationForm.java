package org.cohesion.portal.site.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the translation form of a static page sends; {@code version} is the translation's
 * when the form was opened, -1 for a new one.
 */
public record PageTranslationForm(
		@NotBlank(message = "{page.form.title.required}") @Size(max = 200,
				message = "{page.form.title.size}") String title,
		@NotBlank(message = "{page.form.summary.required}") @Size(max = 600,
				message = "{page.form.summary.size}") String summary,
		@NotBlank(message = "{page.form.body.required}") @Size(max = 200_000,
				message = "{page.form.body.size}") String body,
		@Nullable Long version) {

	public long versionOrNew() {
		return version == null ? -1 : version;
	}

}
