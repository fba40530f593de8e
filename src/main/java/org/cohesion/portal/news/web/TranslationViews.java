package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.shared.TranslationStatus;
import org.jspecify.annotations.Nullable;

/** View records of the back office's translation pages. */
public final class TranslationViews {

	private TranslationViews() {
	}

	/** The original, shown beside the translation (its body sanitised when stored). */
	public record Source(String language, String title, String standfirst, String body, @Nullable String seoTitle,
			@Nullable String seoDescription) {
	}

	/**
	 * The translation editor. {@code changes} is the word diff (escaped HTML built on the
	 * server) of the original since the translation was made, when it is out of date.
	 */
	public record TranslationPage(long articleId, String language, Source source, TranslationForm form,
			Map<String, String> errors, String state, @Nullable String publicPath, boolean editable,
			@Nullable String lastEditorName, @Nullable Instant updatedAt, @Nullable Instant sourceUpdatedAt,
			@Nullable Changes changes, @Nullable String conflictWith, boolean conflict) {

		public @Nullable String error(String field) {
			return errors.get(field);
		}

		public boolean exists() {
			return !"missing".equals(state);
		}

	}

	/** What changed in the original since the translation was made. */
	public record Changes(Instant since, String title, String standfirst, String body) {
	}

	/** The translations of each article of a page of the list, by article id. */
	public record ListTranslations(Map<Long, List<TranslationStatus>> byArticle) {

		public List<TranslationStatus> of(long articleId) {
			return byArticle.getOrDefault(articleId, List.of());
		}

	}

}
