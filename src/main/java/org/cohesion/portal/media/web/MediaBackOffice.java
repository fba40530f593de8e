package org.cohesion.portal.media.web;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.media.MediaPermissions;
import org.springframework.stereotype.Component;

/** The media library and the galleries in the back office's menu. */
@Component
class MediaBackOffice implements BackOfficeContribution {

	@Override
	public List<Permission> permissions() {
		return MediaPermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(30, "admin.nav.media", "/admin/medias", MediaPermissions.MEDIA_UPLOAD),
				new MenuEntry(35, "admin.nav.galleries", "/admin/galeries", MediaPermissions.MEDIA_MANAGE));
	}

}
