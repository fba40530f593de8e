package org.cohesion.portal.site.web.admin;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.site.SitePermissions;
import org.springframework.stereotype.Component;

/** Static pages in the back office's menu. */
@Component
class SiteBackOffice implements BackOfficeContribution {

	@Override
	public List<Permission> permissions() {
		return SitePermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(50, "admin.nav.pages", "/admin/pages", SitePermissions.PAGE_MANAGE));
	}

}
