package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.news.domain.ArticleAction;

import org.jspecify.annotations.Nullable;

/** View records of the back office's article pages. */
public final class DeskViews {

	private DeskViews() {
	}

	/** A choice in a select list. */
	public record Option(String value, String label) {
	}

	/**
	 * One line of the article list; {@code image} is the cover's address (null for none),
	 * {@code imageSrcset} its smaller derivatives when it comes from the library.
	 */
	public record Row(long id, String title, String status, String sectionName, String authorName, Instant updatedAt,
			@Nullable Instant publishedAt, boolean scheduled, boolean editable, @Nullable String image,
			@Nullable String imageSrcset) {
	}

	/** A status tab with its number of articles. */
	public record StatusTab(@Nullable String status, long count, boolean current, String href) {
	}

	/** The article list with its filters and pages. */
	public record ListPage(List<Row> rows, List<StatusTab> tabs, @Nullable String status, @Nullable Long sectionId,
			@Nullable Long authorId, String q, List<Option> sections, List<Option> authors, int page, int totalPages,
			long total, @Nullable String previousHref, @Nullable String nextHref) {
	}

	/** What is stored of an article shown in the editor. */
	public record Stored(String status, @Nullable String authorName, String slug, @Nullable Instant publishedAt,
			boolean scheduled, boolean publicNow) {
	}

	/**
	 * The editor. {@code id} and {@code stored} are null for a new article;
	 * {@code actions} is what the article allows this editor ({@link ArticleAction#EDIT}
	 * for a new one); {@code conflictWith} names who saved in between when a save was
	 * refused; {@code autosave} offers the editor's autosaved text back; {@code cover}
	 * and {@code gallery} show the current media choices.
	 */
	public record EditPage(@Nullable Long id, ArticleForm form, Map<String, String> errors, List<Option> sections,
			List<String> languages, @Nullable Stored stored, Set<ArticleAction> actions, @Nullable String conflictWith,
			@Nullable AutosaveOffer autosave, @Nullable ImageView cover, @Nullable String galleryTitle) {

		public @Nullable String error(String field) {
			return errors.get(field);
		}

		public boolean editable() {
			return actions.contains(ArticleAction.EDIT);
		}

		public boolean conflict() {
			return conflictWith != null;
		}

		public boolean canSubmit() {
			return actions.contains(ArticleAction.SUBMIT);
		}

		public boolean canPublish() {
			return actions.contains(ArticleAction.PUBLISH);
		}

		public boolean canUnpublish() {
			return actions.contains(ArticleAction.UNPUBLISH);
		}

		public boolean canArchive() {
			return actions.contains(ArticleAction.ARCHIVE);
		}

		public boolean canBackToDraft() {
			return actions.contains(ArticleAction.BACK_TO_DRAFT);
		}

	}

	/**
	 * The editor's autosaved text, newer than the saved one: offered back
	 * ({@code restored} false) or already put in the form (true).
	 */
	public record AutosaveOffer(Instant savedAt, boolean restored) {
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

}
