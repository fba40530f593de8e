package org.cohesion.portal.media.web;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.springframework.stereotype.Component;

/** The media library and the galleries in the back office's menu. */
@Component
class MediaBackOffice implements BackOfficeContribution {

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(30, "admin.nav.media", "/admin/medias", Permission.MEDIA_UPLOAD),
				new MenuEntry(35, "admin.nav.galleries", "/admin/galeries", Permission.MEDIA_MANAGE));
	}

}
