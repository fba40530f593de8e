package org.cohesion.portal.flash.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the translation form of a flash info sends; {@code version} is the translation's
 * when the form was opened, -1 for a new one.
 */
public record FlashTranslationForm(
		@NotBlank(message = "{flash.form.label.required}") @Size(max = 80,
				message = "{flash.form.label.size}") String label,
		@NotBlank(message = "{flash.form.text.required}") @Size(max = 400,
				message = "{flash.form.text.size}") String text,
		@Nullable Long version) {

	public long versionOrNew() {
		return version == null ? -1 : version;
	}

}
