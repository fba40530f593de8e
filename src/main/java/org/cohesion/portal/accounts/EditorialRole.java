package org.cohesion.portal.accounts;

import java.util.EnumSet;
import java.util.Set;

import static org.cohesion.portal.accounts.Permission.ACCOUNT_MANAGE;
import static org.cohesion.portal.accounts.Permission.ARTICLE_EDIT_ANY;
import static org.cohesion.portal.accounts.Permission.ARTICLE_PUBLISH;
import static org.cohesion.portal.accounts.Permission.ARTICLE_WRITE;
import static org.cohesion.portal.accounts.Permission.AUDIT_READ;
import static org.cohesion.portal.accounts.Permission.BACKOFFICE_ACCESS;
import static org.cohesion.portal.accounts.Permission.FLASH_MANAGE;
import static org.cohesion.portal.accounts.Permission.MEDIA_MANAGE;
import static org.cohesion.portal.accounts.Permission.MEDIA_UPLOAD;
import static org.cohesion.portal.accounts.Permission.NEWSLETTER_MANAGE;
import static org.cohesion.portal.accounts.Permission.PAGE_MANAGE;
import static org.cohesion.portal.accounts.Permission.SECTION_MANAGE;

/**
 * The three editorial roles and the permission matrix (mirrored in docs/SECURITY.md and
 * proved, pair by pair, by the permission matrix test).
 */
public enum EditorialRole {

	/** Rédacteur: writes and edits own drafts, submits them for review. */
	REDACTEUR(false, EnumSet.of(BACKOFFICE_ACCESS, ARTICLE_WRITE, MEDIA_UPLOAD)),

	/**
	 * Éditeur: edits everything, publishes, schedules, unpublishes; flash infos, sections
	 * and pages.
	 */
	EDITEUR(true,
			EnumSet.of(BACKOFFICE_ACCESS, ARTICLE_WRITE, ARTICLE_EDIT_ANY, ARTICLE_PUBLISH, FLASH_MANAGE,
					SECTION_MANAGE, PAGE_MANAGE, MEDIA_UPLOAD, MEDIA_MANAGE, NEWSLETTER_MANAGE)),

	/**
	 * Administrateur: accounts, settings, audit trail (and everything an Éditeur does).
	 */
	ADMINISTRATEUR(true, EnumSet.allOf(Permission.class));

	private final boolean secondFactorRequired;

	private final Set<Permission> permissions;

	EditorialRole(boolean secondFactorRequired, Set<Permission> permissions) {
		this.secondFactorRequired = secondFactorRequired;
		this.permissions = permissions;
	}

	public boolean requiresSecondFactor() {
		return secondFactorRequired;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/** Message bundle key of the role's French (or English) name. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
