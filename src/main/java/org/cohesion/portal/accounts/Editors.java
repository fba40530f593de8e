package org.cohesion.portal.accounts;

import java.util.Optional;

import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in editor of the current request, if any. */
public final class Editors {

	private Editors() {
	}

	public static Optional<CurrentEditor> current() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The editor behind an authentication, if it is a member of the editorial team. */
	public static Optional<CurrentEditor> from(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.editor());
		}
		return Optional.empty();
	}

	/** The current editor; for code that only runs behind the back office's sign-in. */
	public static CurrentEditor require() {
		return current().orElseThrow(() -> new IllegalStateException("No editor signed in"));
	}

}
