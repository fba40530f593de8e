package org.cohesion.portal.casework.person;

import org.cohesion.portal.casework.Caseworker;
import org.jspecify.annotations.Nullable;

/**
 * Says whether a person's name is hidden by default beyond the person's own child flag
 * (the case file hides it for a case of sexual exploitation), and hears when someone
 * reveals it on the person page (the case file appends it to its timeline). Implemented
 * outside this package, so the person record does not depend on the case file.
 */
public interface NameProtection {

	boolean protects(long personId);

	/** Someone chose to see the name on the person page (already audited). */
	void revealed(Caseworker who, @Nullable String ip, long personId);

}
