package org.cohesion.portal.media;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;
import static org.cohesion.portal.accounts.EditorialRole.REDACTEUR;

/**
 * The media library's rights. Contributed to the back office by the module's
 * {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class MediaPermissions {

	/** Upload images and documents, describe one's own uploads. */
	public static final Permission MEDIA_UPLOAD = Permission.of("MEDIA_UPLOAD", REDACTEUR, EDITEUR, ADMINISTRATEUR);

	/** Edit and delete any item; galleries. */
	public static final Permission MEDIA_MANAGE = Permission.of("MEDIA_MANAGE", EDITEUR, ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(MEDIA_UPLOAD, MEDIA_MANAGE);

	private MediaPermissions() {
	}

}
