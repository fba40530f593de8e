package org.cohesion.portal.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.Permission;
import org.springframework.stereotype.Component;

/**
 * Every permission the running modules declare
 * ({@link BackOfficeContribution#permissions()}), and what they grant to each role: the
 * authorities of a signed-in editor. Two modules declaring the same name differently stop
 * the start.
 */
@Component
public class PermissionCatalogue {

	private final List<Permission> permissions;

	public PermissionCatalogue(List<BackOfficeContribution> contributions) {
		Map<String, Permission> byName = new LinkedHashMap<>();
		for (BackOfficeContribution contribution : contributions) {
			for (Permission permission : contribution.permissions()) {
				Permission known = byName.putIfAbsent(permission.name(), permission);
				if (known != null && !known.equals(permission)) {
					throw new IllegalStateException(
							"Permission " + permission.name() + " is declared twice with different roles: "
									+ known.roles() + " and " + permission.roles());
				}
			}
		}
		List<Permission> all = new ArrayList<>(byName.values());
		all.sort(Comparator.comparing(Permission::name));
		this.permissions = List.copyOf(all);
	}

	/** Every declared permission, by name. */
	public List<Permission> all() {
		return permissions;
	}

	/** The authorities ({@code PERM_…}) of a role. */
	public List<String> authorities(EditorialRole role) {
		return permissions.stream()
			.filter(permission -> permission.grantedTo(role))
			.map(Permission::authority)
			.toList();
	}

	/** The principal Spring Security holds for a signed-in editor. */
	public AccountPrincipal principal(CurrentEditor editor, String passwordHash, boolean enabled, boolean locked) {
		return new AccountPrincipal(editor, passwordHash, enabled, locked, authorities(editor.role()));
	}

	/** The permissions of several roles, for documentation and tests. */
	public Map<EditorialRole, List<String>> matrix(Collection<EditorialRole> roles) {
		Map<EditorialRole, List<String>> matrix = new LinkedHashMap<>();
		roles.forEach(role -> matrix.put(role, authorities(role)));
		return matrix;
	}

}
