package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** View records of the back office's article pages. */
public final class DeskViews {

	private DeskViews() {
	}

	/** A choice in a select list. */
	public record Option(String value, String label) {
	}

	/** One line of the article list. */
	public record Row(long id, String title, String status, String sectionName, String authorName, Instant updatedAt,
			@Nullable Instant publishedAt, boolean scheduled, boolean editable) {
	}

	/** A status tab with its number of articles. */
	public record StatusTab(@Nullable String status, long count, boolean current, String href) {
	}

	/** The article list with its filters and pages. */
	public record ListPage(List<Row> rows, List<StatusTab> tabs, @Nullable String status, @Nullable Long sectionId,
			@Nullable Long authorId, String q, List<Option> sections, List<Option> authors, int page, int totalPages,
			long total, @Nullable String previousHref, @Nullable String nextHref) {
	}

	/** The editor. {@code id} is null for a new article. */
	public record EditPage(@Nullable Long id, ArticleForm form, Map<String, String> errors, List<Option> sections,
			List<String> languages, @Nullable String status, @Nullable String authorName, @Nullable String slug,
			@Nullable Instant publishedAt, boolean scheduled, boolean publicNow, boolean editable, boolean canSubmit,
			boolean canPublish, boolean canUnpublish, boolean canArchive, boolean canBackToDraft,
			@Nullable String conflictWith, boolean conflict) {

		public @Nullable String error(String field) {
			return errors.get(field);
		}

	}

	/** One line of the revision history. */
	public record RevisionRow(int number, String authorName, Instant createdAt, String title) {
	}

	public record RevisionsPage(long articleId, String title, boolean editable, List<RevisionRow> revisions) {
	}

	/**
	 * A revision compared with the current text (diffs are HTML built and escaped on the
	 * server).
	 */
	public record RevisionPage(long articleId, String currentTitle, RevisionRow revision, boolean editable,
			String titleDiff, String standfirstDiff, String bodyDiff, String sectionBefore, String sectionNow) {
	}

	/** Library images and galleries offered in the article editor. */
	public record MediaChoices(List<org.cohesion.portal.media.ImageView> images,
			List<org.cohesion.portal.media.GalleryView> galleries, @Nullable Long cover, @Nullable Long gallery) {
	}

}
