package org.cohesion.portal.flash.web;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.flash.FlashPermissions;
import org.springframework.stereotype.Component;

/** Flash infos in the back office's menu. */
@Component
class FlashBackOffice implements BackOfficeContribution {

	@Override
	public List<Permission> permissions() {
		return FlashPermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(20, "admin.nav.flash", "/admin/flash-infos", FlashPermissions.FLASH_MANAGE));
	}

}
