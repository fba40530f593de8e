package org.cohesion.portal.accounts;

/**
 * Every action of the back office that needs a right. Controllers and services check
 * these (never roles), so that the permission matrix in {@link EditorialRole} and
 * docs/SECURITY.md is the single source of truth.
 */
public enum Permission {

	/** Open the back office at all. */
	BACKOFFICE_ACCESS,
	/** Create articles and edit one's own drafts; submit them for review. */
	ARTICLE_WRITE,
	/** Edit any article, whatever its author or state. */
	ARTICLE_EDIT_ANY,
	/** Publish now or at a set time, unpublish, archive. */
	ARTICLE_PUBLISH,
	/** Flash infos: create, edit, order, schedule. */
	FLASH_MANAGE,
	/** Sections (rubriques): create, edit, order. */
	SECTION_MANAGE,
	/** Static pages: create, edit, order. */
	PAGE_MANAGE,
	/** Accounts: invite, change roles, disable, reset a second factor. */
	ACCOUNT_MANAGE,
	/** Site settings. */
	SETTINGS_MANAGE,
	/** Read, filter, verify and export the audit trail. */
	AUDIT_READ,
	/** Media library: upload images and documents, describe one's own uploads. */
	MEDIA_UPLOAD,
	/** Media library: edit and delete any item; galleries. */
	MEDIA_MANAGE,
	/** Newsletter: compose, preview, test, send and schedule editions. */
	NEWSLETTER_MANAGE,
	/** Newsletter subscribers (personal data): list, import, export, erase. */
	SUBSCRIBER_MANAGE,
	/** Rebuild the search index. */
	SEARCH_REINDEX;

	/** The Spring Security authority that carries this permission. */
	public String authority() {
		return "PERM_" + name();
	}

}
