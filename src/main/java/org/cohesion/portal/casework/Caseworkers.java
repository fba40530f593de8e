package org.cohesion.portal.casework;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in to the casework. Controllers may also take a {@link Caseworker}
 * argument.
 */
public final class Caseworkers {

	private Caseworkers() {
	}

	/**
	 * The casework user of the current request, fully signed in (password and second
	 * factor).
	 * @throws IllegalStateException outside a signed-in casework request
	 */
	public static Caseworker current() {
		return find().orElseThrow(() -> new IllegalStateException("No casework user is signed in"));
	}

	public static Optional<Caseworker> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CaseworkerPrincipal principal
				&& principal.fullySignedIn()) {
			return Optional.of(principal.caseworker());
		}
		return Optional.empty();
	}

	/**
	 * What the casework's sign-in puts in the security context. Implemented by the
	 * sign-in (sub-package {@code signin}); {@link #fullySignedIn()} is false while the
	 * second factor is still to be given.
	 */
	public interface CaseworkerPrincipal {

		Caseworker caseworker();

		boolean fullySignedIn();

	}

}
