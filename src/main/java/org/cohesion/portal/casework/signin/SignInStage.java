package org.cohesion.portal.casework.signin;

/**
 * Where a casework user stands in signing in. Each stage is an authority of its own, so
 * that the pages of one stage are unreachable from another and nothing of the casework is
 * reachable before the last.
 */
enum SignInStage {

	/** The password was right; a code from the authenticator is expected. */
	AWAITING_CODE("MNR_STAGE_CODE", "/mnr/connexion/code"),
	/** The password was right and no second factor is enrolled yet: enrol one now. */
	ENROLMENT("MNR_STAGE_ENROLMENT", "/mnr/connexion/activation"),
	/** Both factors were right; the password set by an administrator must be replaced. */
	PASSWORD_CHANGE("MNR_STAGE_PASSWORD", "/mnr/connexion/nouveau-mot-de-passe"),
	/** Signed in. */
	SIGNED_IN("MNR_SIGNED_IN", "/mnr");

	private final String authority;

	private final String page;

	SignInStage(String authority, String page) {
		this.authority = authority;
		this.page = page;
	}

	String authority() {
		return authority;
	}

	String page() {
		return page;
	}

}
