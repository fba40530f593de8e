package org.cohesion.portal.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.editorial.TranslationContent;
import org.jspecify.annotations.Nullable;

/**
 * What the translation editor posts: the translated text only (the section, tags, image
 * and state are the original's). {@code version} is the translation's version when the
 * form was opened, -1 for a new one.
 */
public record TranslationForm(
		@NotBlank(message = "{news.admin.error.title}") @Size(max = 200,
				message = "{news.admin.error.titleLength}") @Nullable String title,
		@NotBlank(message = "{news.admin.error.standfirst}") @Size(max = 600,
				message = "{news.admin.error.standfirstLength}") @Nullable String standfirst,
		@NotBlank(message = "{news.admin.error.body}") @Size(max = 200_000,
				message = "{news.admin.error.bodyLength}") @Nullable String body,
		@Size(max = 200, message = "{news.admin.error.seoTitleLength}") @Nullable String seoTitle,
		@Size(max = 300, message = "{news.admin.error.seoDescriptionLength}") @Nullable String seoDescription,
		@Nullable Long version) {

	static TranslationForm empty() {
		return new TranslationForm("", "", "", "", "", -1L);
	}

	static TranslationForm of(ArticleTranslation translation) {
		return new TranslationForm(translation.getTitle(), translation.getStandfirst(), translation.getBody(),
				orEmpty(translation.getSeoTitle()), orEmpty(translation.getSeoDescription()), translation.getVersion());
	}

	public long versionOrNew() {
		return version == null ? -1 : version;
	}

	TranslationForm atVersion(long version) {
		return new TranslationForm(title, standfirst, body, seoTitle, seoDescription, version);
	}

	/** Only called once validated. */
	TranslationContent content() {
		return new TranslationContent(orEmpty(title), orEmpty(standfirst), orEmpty(body), seoTitle, seoDescription);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
