package org.cohesion.portal.flash;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;

/**
 * The flash infos' right. Contributed to the back office by the module's
 * {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class FlashPermissions {

	/** Flash infos: create, edit, order, schedule, translate. */
	public static final Permission FLASH_MANAGE = Permission.of("FLASH_MANAGE", EDITEUR, ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(FLASH_MANAGE);

	private FlashPermissions() {
	}

}
