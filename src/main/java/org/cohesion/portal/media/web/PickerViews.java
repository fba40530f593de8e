package org.cohesion.portal.media.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** View records of the editor's media pickers. */
public final class PickerViews {

	private PickerViews() {
	}

	/**
	 * One choice of a picker, with what the page's script needs to insert it: for an
	 * image its 720-px derivative and caption, for a document or a gallery its address.
	 */
	public record Choice(long id, String label, @Nullable String detail, @Nullable String thumbnail,
			@Nullable String insertSrc, int insertWidth, int insertHeight, @Nullable String caption,
			@Nullable String href) {
	}

	/** A page of choices ({@code kind}: image, document or gallery). */
	public record PickerPage(String kind, String q, List<Choice> choices, int page, int totalPages, long total) {

		public boolean hasNext() {
			return page < totalPages;
		}

		public boolean hasPrevious() {
			return page > 1;
		}

	}

}
