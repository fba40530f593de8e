package org.cohesion.portal.platform;

import java.util.Locale;
import java.util.Set;

/**
 * The role one instance of the jar plays, chosen by configuration ({@code portal.role}).
 * The internet-facing portal and the internal casework (MNR) never run each other's
 * modules, except in the embedded demo.
 */
public enum Role {

	/** Internet-facing: public site and editorial back office. */
	PORTAL,
	/** Internal network only: the national referral mechanism (MNR) case management. */
	CASEWORK,
	/** Everything in one process: the embedded demo and development. */
	ALL;

	/**
	 * Top-level module packages that belong to the casework side; every other module
	 * belongs to the portal.
	 */
	static final Set<String> CASEWORK_MODULES = Set.of("casework");

	/** Modules every role runs (identity: the sign-in core both user stores use). */
	static final Set<String> COMMON_MODULES = Set.of("shared", "platform", "identity", "i18n");

	public boolean runsModule(String module) {
		if (this == ALL || COMMON_MODULES.contains(module)) {
			return true;
		}
		boolean casework = CASEWORK_MODULES.contains(module);
		return this == CASEWORK ? casework : !casework;
	}

	/** Whether this node runs the public site and back office (and so their database). */
	public boolean runsPortal() {
		return this != CASEWORK;
	}

	/** Whether this node runs the casework (MNR) and so its database. */
	public boolean runsCasework() {
		return this != PORTAL;
	}

	public static Role parse(String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("portal.role must be one of portal, casework, all (was '" + value + "')",
					ex);
		}
	}

}
