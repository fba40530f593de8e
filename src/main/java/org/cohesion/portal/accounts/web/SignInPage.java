package org.cohesion.portal.accounts.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the sign-in page shows. Demo accounts are listed only in demo mode. */
public record SignInPage(boolean failed, boolean signedOut, boolean welcome, boolean passwordReset, boolean demo,
		List<DemoAccount> demoAccounts) {

	/** A demo account, shown on the sign-in page of the embedded demonstration only. */
	public record DemoAccount(String role, String email, String password, @Nullable String totpSecret) {
	}

}
