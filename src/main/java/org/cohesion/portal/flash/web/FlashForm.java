package org.cohesion.portal.flash.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the flash info form sends. Times are local to the site's time zone. */
public record FlashForm(
		@NotBlank(message = "{flash.form.label.required}") @Size(max = 80,
				message = "{flash.form.label.size}") String label,
		@NotBlank(message = "{flash.form.text.required}") @Size(max = 400,
				message = "{flash.form.text.size}") String text,
		@NotNull(message = "{flash.form.showFrom.required}") @DateTimeFormat(
				pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime showFrom,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime showUntil, @Nullable Long articleId,
		@Nullable Long version) {

	@AssertTrue(message = "{flash.form.showUntil.afterFrom}")
	public boolean isShowUntilAfterShowFrom() {
		return showFrom == null || showUntil == null || showUntil.isAfter(showFrom);
	}

	static FlashForm blank(LocalDateTime now) {
		return new FlashForm("", "", now.withSecond(0).withNano(0), null, null, null);
	}

}
