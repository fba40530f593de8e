package org.cohesion.portal.news.domain;

/**
 * What a member of the editorial team may do to an article, as the article itself answers
 * it ({@link Article#allowedActions}).
 */
public enum ArticleAction {

	/** Change the text and settings (and the autosave slot, media, translations). */
	EDIT,
	/** Hand a draft to the editors. */
	SUBMIT,
	/** Publish now or at a set time (or move a scheduled publication). */
	PUBLISH, UNPUBLISH, ARCHIVE,
	/** Send a submission back, or rework an unpublished article. */
	BACK_TO_DRAFT

}
