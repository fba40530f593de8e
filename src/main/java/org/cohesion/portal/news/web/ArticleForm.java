package org.cohesion.portal.news.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.editorial.ArticleContent;
import org.jspecify.annotations.Nullable;

/**
 * What the article editor posts. Bound instead of the entity, so that a request can set
 * nothing else (status, author, dates); {@code version} is the one the form was opened
 * at, for the conflict check. The check box and the version are wrappers because a field
 * the browser does not send binds as null (an unticked box sends nothing).
 */
public record ArticleForm(
		@NotBlank(message = "{news.admin.error.title}") @Size(max = 200,
				message = "{news.admin.error.titleLength}") @Nullable String title,
		@NotBlank(message = "{news.admin.error.standfirst}") @Size(max = 600,
				message = "{news.admin.error.standfirstLength}") @Nullable String standfirst,
		@NotBlank(message = "{news.admin.error.body}") @Size(max = 200_000,
				message = "{news.admin.error.bodyLength}") @Nullable String body,
		@NotNull(message = "{news.admin.error.section}") @Nullable Long sectionId,
		@NotBlank(message = "{news.admin.error.language}") @Pattern(regexp = "[a-z]{2}",
				message = "{news.admin.error.language}") @Nullable String language,
		@Size(max = 200, message = "{news.admin.error.seoTitleLength}") @Nullable String seoTitle,
		@Size(max = 300, message = "{news.admin.error.seoDescriptionLength}") @Nullable String seoDescription,
		@Nullable Boolean featured, @Nullable Long version,
		@Size(max = 700, message = "{news.admin.error.tagsLength}") @Nullable String tags, @Nullable Long coverMediaId,
		@Nullable Long galleryId) {

	static ArticleForm empty(String language) {
		return new ArticleForm("", "", "", null, language, "", "", false, 0L, "", null, null);
	}

	static ArticleForm of(Article article) {
		return new ArticleForm(article.getTitle(), article.getStandfirst(), article.getBody(),
				article.getSection().getId(), article.getLanguage(), orEmpty(article.getSeoTitle()),
				orEmpty(article.getSeoDescription()), article.isFeatured(), article.getVersion(),
				String.join(", ", article.getTags()), article.getCoverMediaId(), article.getGalleryId());
	}

	public boolean isFeatured() {
		return Boolean.TRUE.equals(featured);
	}

	public long versionOrZero() {
		return version == null ? 0 : version;
	}

	/** The same text, to be saved over {@code version} (after a conflict was shown). */
	ArticleForm atVersion(long version) {
		return new ArticleForm(title, standfirst, body, sectionId, language, seoTitle, seoDescription, featured,
				version, tags, coverMediaId, galleryId);
	}

	/** The autosaved text in place of this one (not saved until the writer saves). */
	ArticleForm withText(String title, String standfirst, String body) {
		return new ArticleForm(title, standfirst, body, sectionId, language, seoTitle, seoDescription, featured,
				version, tags, coverMediaId, galleryId);
	}

	/** Only called once validated. */
	ArticleContent content() {
		return new ArticleContent(orEmpty(title), orEmpty(standfirst), orEmpty(body), sectionId == null ? 0 : sectionId,
				orEmpty(language), seoTitle, seoDescription, isFeatured(), tagList(), coverMediaId, galleryId);
	}

	/**
	 * "Inondations, Abidjan ; kits" → [Inondations, Abidjan, kits]: commas or semicolons
	 * separate tags.
	 */
	List<String> tagList() {
		return tags == null ? List.of()
				: java.util.Arrays.stream(tags.split("[,;]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
