package org.cohesion.portal.search.web;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.search.SearchPermissions;
import org.springframework.stereotype.Component;

/** The search index's page in the back office's menu. */
@Component
class SearchBackOffice implements BackOfficeContribution {

	@Override
	public List<Permission> permissions() {
		return SearchPermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(110, "admin.nav.search", "/admin/recherche", SearchPermissions.SEARCH_REINDEX));
	}

}
