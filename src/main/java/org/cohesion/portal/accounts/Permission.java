package org.cohesion.portal.accounts;

import java.util.EnumSet;
import java.util.Set;

import static org.cohesion.portal.accounts.EditorialRole.ADMINISTRATEUR;
import static org.cohesion.portal.accounts.EditorialRole.EDITEUR;
import static org.cohesion.portal.accounts.EditorialRole.REDACTEUR;

/**
 * A right of the back office and the editorial roles that hold it. The module that owns
 * the action declares it (as a constant of its published API, e.g.
 * {@code news.NewsPermissions}) and contributes it through
 * {@link BackOfficeContribution#permissions()}, so a new module adds its own without
 * editing this one. Controllers and services check permissions (the authority
 * {@code PERM_<name>}), never roles; docs/SECURITY.md mirrors the matrix and the
 * permission matrix test proves it pair by pair.
 */
public record Permission(String name, Set<EditorialRole> roles) {

	/** Open the back office at all. */
	public static final Permission BACKOFFICE_ACCESS = of("BACKOFFICE_ACCESS", REDACTEUR, EDITEUR, ADMINISTRATEUR);

	/** Accounts: invite, change roles, disable, reset a second factor. */
	public static final Permission ACCOUNT_MANAGE = of("ACCOUNT_MANAGE", ADMINISTRATEUR);

	/** Site settings. */
	public static final Permission SETTINGS_MANAGE = of("SETTINGS_MANAGE", ADMINISTRATEUR);

	/**
	 * Read, filter, verify and export the audit trail. Declared here rather than in
	 * {@code audit}, which {@code accounts} writes to: the audit module cannot implement
	 * an {@code accounts} interface without a cycle.
	 */
	public static final Permission AUDIT_READ = of("AUDIT_READ", ADMINISTRATEUR);

	public Permission {
		if (!name.matches("[A-Z][A-Z0-9_]*")) {
			throw new IllegalArgumentException("Permission names are upper-case words: " + name);
		}
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** A permission held by {@code roles}. */
	public static Permission of(String name, EditorialRole... roles) {
		return new Permission(name, Set.of(roles));
	}

	public boolean grantedTo(EditorialRole role) {
		return roles.contains(role);
	}

	/** The Spring Security authority that carries this permission. */
	public String authority() {
		return "PERM_" + name;
	}

	@Override
	public String toString() {
		return name;
	}

}
