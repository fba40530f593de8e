package org.cohesion.portal.accounts.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page shows. Demo accounts are listed only in demo mode;
 * {@code waitMinutes} is set after too many attempts.
 */
public record SignInPage(boolean failed, boolean signedOut, boolean welcome, boolean passwordReset, boolean demo,
		List<DemoAccount> demoAccounts, @Nullable Integer waitMinutes) {

	/** A demo account, shown on the sign-in page of the embedded demonstration only. */
	public record DemoAccount(String role, String email, String password, @Nullable String totpSecret) {
	}

}
