package org.cohesion.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Writes to and checks the audit trail. Recording joins the caller's transaction: no
 * change without its entry.
 */
public interface AuditTrail {

	/**
	 * Appends one entry.
	 * @param actor who acted (an e-mail address, or "système" for scheduled work)
	 * @param ip where from, if known
	 * @param action what, as a stable code ({@code ARTICLE_PUBLISHED},
	 * {@code SIGN_IN_FAILURE}…)
	 * @param targetType the kind of thing acted upon ({@code article}, {@code account}…)
	 * @param targetId its identifier, if any
	 * @param summary a readable French sentence
	 * @param before the state before, where it matters (text or JSON)
	 * @param after the state after, where it matters
	 */
	void record(String actor, @Nullable String ip, String action, String targetType, @Nullable String targetId,
			String summary, @Nullable String before, @Nullable String after);

	/**
	 * Recomputes the chain from the first entry: tells whether it is intact, and where it
	 * breaks if not.
	 */
	AuditVerification verify();

	/**
	 * The result of the last check (at start-up, then scheduled), if one has run: shown
	 * to administrators when the chain is broken.
	 */
	java.util.Optional<AuditVerification> lastCheck();

}
