package org.cohesion.portal.newsletter;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rest of the back office may know about the newsletter's sending (the
 * dashboard): the editions paused because the SMTP relay cannot be reached. Read from the
 * database, so every node answers the same.
 */
public interface NewsletterSending {

	/** The paused editions, the oldest outage first; empty when the relay answers. */
	List<RelayOutage> relayOutages();

	/**
	 * @param since when the relay first failed to answer
	 * @param nextProbe when the sender tries it again
	 * @param error what the relay (or the network) answered, for an operator
	 * @param adminPath the edition's page in the back office
	 */
	record RelayOutage(long editionId, String editionTitle, Instant since, @Nullable Instant nextProbe, String error,
			String adminPath) {
	}

}
