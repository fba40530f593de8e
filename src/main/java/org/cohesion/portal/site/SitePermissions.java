package org.cohesion.portal.site;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;

/**
 * The static pages' right. Contributed to the back office by the module's
 * {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class SitePermissions {

	/** Static pages: create, edit, order, translate. */
	public static final Permission PAGE_MANAGE = Permission.of("PAGE_MANAGE", EDITEUR, ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(PAGE_MANAGE);

	private SitePermissions() {
	}

}
