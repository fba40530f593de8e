package org.cohesion.portal.casework.signin;

import java.util.List;

/**
 * The casework sign-in page's state.
 *
 * @param demoUsers demo mode only: the demo users with their public password and secret
 */
public record SignInView(String username, String problem, boolean signedOut, boolean demo, List<DemoUser> demoUsers) {

	public record DemoUser(String role, String organisation, String username, String password, String totpSecret) {
	}

}
