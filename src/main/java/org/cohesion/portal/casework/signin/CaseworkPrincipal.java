package org.cohesion.portal.casework.signin;

import java.io.Serializable;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers.CaseworkerPrincipal;

/** What the casework's security context holds for a user, at each stage of signing in. */
record CaseworkPrincipal(Caseworker caseworker, SignInStage stage) implements CaseworkerPrincipal, Serializable {

	@Override
	public boolean fullySignedIn() {
		return stage == SignInStage.SIGNED_IN;
	}

	@Override
	public String toString() {
		// the principal's name is what Spring Session indexes and what logs may show
		return caseworker.username();
	}

}
