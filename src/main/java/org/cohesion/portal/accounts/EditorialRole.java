package org.cohesion.portal.accounts;

/**
 * The three editorial roles. What each may do is not listed here: every
 * {@link Permission} names the roles that hold it, and each module declares its own
 * (docs/SECURITY.md mirrors the whole matrix, the permission matrix test proves it pair
 * by pair).
 */
public enum EditorialRole {

	/** Rédacteur: writes and edits own drafts, submits them for review. */
	REDACTEUR(false),

	/**
	 * Éditeur: edits everything, publishes, schedules, unpublishes; flash infos, sections
	 * and pages.
	 */
	EDITEUR(true),

	/**
	 * Administrateur: accounts, settings, audit trail (and everything an Éditeur does).
	 */
	ADMINISTRATEUR(true);

	private final boolean secondFactorRequired;

	EditorialRole(boolean secondFactorRequired) {
		this.secondFactorRequired = secondFactorRequired;
	}

	public boolean requiresSecondFactor() {
		return secondFactorRequired;
	}

	public boolean can(Permission permission) {
		return permission.grantedTo(this);
	}

	/** Message bundle key of the role's French (or English) name. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
