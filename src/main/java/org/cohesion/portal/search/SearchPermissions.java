package org.cohesion.portal.search;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;

/**
 * The search module's right. Contributed to the back office by the module's
 * {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class SearchPermissions {

	/** Rebuild the search index. */
	public static final Permission SEARCH_REINDEX = Permission.of("SEARCH_REINDEX", ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(SEARCH_REINDEX);

	private SearchPermissions() {
	}

}
