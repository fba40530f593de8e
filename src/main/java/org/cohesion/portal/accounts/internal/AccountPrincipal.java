package org.cohesion.portal.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cohesion.portal.accounts.CurrentEditor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in editor as Spring Security holds them: the role, and one authority per
 * permission of the role.
 */
public final class AccountPrincipal implements UserDetails {

	private final CurrentEditor editor;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final List<String> permissions;

	/**
	 * @param permissions the authorities of the editor's role
	 * ({@link PermissionCatalogue#principal})
	 */
	AccountPrincipal(CurrentEditor editor, String passwordHash, boolean enabled, boolean locked,
			List<String> permissions) {
		this.permissions = List.copyOf(permissions);
		this.editor = editor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	public CurrentEditor editor() {
		return editor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + editor.role().name()));
		for (String permission : permissions) {
			authorities.add(new SimpleGrantedAuthority(permission));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return editor.email();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

}
