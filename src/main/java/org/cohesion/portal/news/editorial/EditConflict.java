package org.cohesion.portal.news.editorial;

import org.jspecify.annotations.Nullable;

/**
 * Someone saved the article after the form being saved was opened: saving it would
 * silently overwrite their work.
 */
public class EditConflict extends RuntimeException {

	private final @Nullable String otherEditor;

	public EditConflict(@Nullable String otherEditor) {
		super("Article changed by " + otherEditor + " in the meantime");
		this.otherEditor = otherEditor;
	}

	public @Nullable String otherEditor() {
		return otherEditor;
	}

}
