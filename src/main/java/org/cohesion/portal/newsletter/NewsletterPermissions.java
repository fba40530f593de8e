package org.cohesion.portal.newsletter;

import java.util.List;

import org.cohesion.portal.accounts.Permission;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;

/**
 * The newsletter's rights. Contributed to the back office by the module's
 * {@code BackOfficeContribution}; {@code @PreAuthorize} checks their authorities
 * ({@code PERM_<name>}).
 */
public final class NewsletterPermissions {

	/** Compose, preview, test, send and schedule editions. */
	public static final Permission NEWSLETTER_MANAGE = Permission.of("NEWSLETTER_MANAGE", EDITEUR, ADMINISTRATEUR);

	/** Subscribers (personal data): list, import, export, erase. */
	public static final Permission SUBSCRIBER_MANAGE = Permission.of("SUBSCRIBER_MANAGE", ADMINISTRATEUR);

	/** Every permission of the module. */
	public static final List<Permission> ALL = List.of(NEWSLETTER_MANAGE, SUBSCRIBER_MANAGE);

	private NewsletterPermissions() {
	}

}
