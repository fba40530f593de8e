package org.cohesion.portal.mail;

import java.util.List;
import java.util.Optional;

/** Sends e-mail; where it really goes depends on the configuration (SMTP or outbox). */
public interface Mailer {

	/**
	 * @throws MailNotSent when the SMTP server refuses the message or cannot be reached
	 */
	void send(OutgoingMail mail);

	/**
	 * Sends many messages over one SMTP connection (the bulk path: a newsletter). Never
	 * throws for a refused message: each one gets its own result, in the order given.
	 */
	List<SendResult> sendAll(List<OutgoingMail> mails);

	/**
	 * Sends many messages over one SMTP connection, one after the other, telling
	 * {@code listener} each result as the relay gives it. Messages after an
	 * {@link SendResult.Outcome#UNREACHABLE} result, or after the listener answered
	 * false, are not handed over and get no result.
	 */
	void sendEach(List<OutgoingMail> mails, SendListener listener);

	/**
	 * Connects to the relay and says hello: empty when it answers, else why not (for an
	 * operator, never shown to the public).
	 */
	Optional<String> relayProblem();

	/**
	 * Whether the relay can deliver to an address whose local part is not ASCII
	 * ({@code élodie@…}): it must announce SMTPUTF8 (RFC 6531). A domain in another
	 * script needs nothing: it travels in its ASCII (punycode) form.
	 */
	boolean deliversUtf8Addresses();

}
