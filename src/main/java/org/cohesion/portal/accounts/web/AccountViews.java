package org.cohesion.portal.accounts.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.accounts.EditorialRole;
import org.jspecify.annotations.Nullable;

/** What the account pages show (templates get these, never entities). */
public final class AccountViews {

	private AccountViews() {
	}

	/** What the enrolment page shows. */
	public record EnrolmentPage(boolean enrolled, long remainingRecoveryCodes, String secret, String secretGrouped,
			String qrCode, boolean failed, List<String> recoveryCodes) {
	}

	/** What the code page shows. */
	public record CodePage(boolean failed) {
	}

	/** The page where a password is chosen from a link. */
	public record PasswordPage(String action, String titleKey, boolean linkValid, @Nullable String error) {
	}

	/**
	 * The page where a signed-in person changes their password; {@code errorKey} says why
	 * the last try was refused.
	 */
	public record PasswordChangePage(boolean secondFactor, @Nullable String errorKey) {
	}

	/** The "forgotten password" page. */
	public record ForgottenPage(boolean sent) {
	}

	/** One row of the list. */
	public record AccountRow(long id, String displayName, String email, EditorialRole role, boolean secondFactor,
			@Nullable Instant lastSignIn, boolean enabled, boolean invited) {
	}

	/** What the list page shows; the invitation form keeps what was typed on error. */
	public record AccountsPage(List<AccountViews.AccountRow> accounts, List<EditorialRole> roles, InviteForm form,
			@Nullable String formError) {
	}

	/** The invitation form. */
	public record InviteForm(String email, String displayName, EditorialRole role) {
	}

}
