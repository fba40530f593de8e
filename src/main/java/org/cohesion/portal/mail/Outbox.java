package org.cohesion.portal.mail;

import java.util.List;
import java.util.Optional;

/**
 * Reads the development outbox (messages that were not sent because no SMTP server is
 * configured). The back office shows it; it lives here so that the mail module does not
 * depend on the back office.
 */
public interface Outbox {

	/** The most recent messages first. */
	List<OutboxMessage> latest(int limit);

	Optional<OutboxMessage> find(long id);

	/** Whether messages really leave (SMTP) or stay in the outbox. */
	boolean smtpConfigured();

}
