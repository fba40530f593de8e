package org.cohesion.portal.news;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;
import static org.cohesion.portal.accounts.EditorialRole.REDACTEUR;

/**
 * The news module's rights: articles and sections. Contributed to the back office by the
 * module's {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class NewsPermissions {

	/** Create articles and edit one's own drafts; submit them for review. */
	public static final Permission ARTICLE_WRITE = Permission.of("ARTICLE_WRITE", REDACTEUR, EDITEUR, ADMINISTRATEUR);

	/** Edit any article, whatever its author or state. */
	public static final Permission ARTICLE_EDIT_ANY = Permission.of("ARTICLE_EDIT_ANY", EDITEUR, ADMINISTRATEUR);

	/** Publish now or at a set time, unpublish, archive. */
	public static final Permission ARTICLE_PUBLISH = Permission.of("ARTICLE_PUBLISH", EDITEUR, ADMINISTRATEUR);

	/** Sections (rubriques): create, edit, order. */
	public static final Permission SECTION_MANAGE = Permission.of("SECTION_MANAGE", EDITEUR, ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(ARTICLE_WRITE, ARTICLE_EDIT_ANY, ARTICLE_PUBLISH,
			SECTION_MANAGE);

	private NewsPermissions() {
	}

}
