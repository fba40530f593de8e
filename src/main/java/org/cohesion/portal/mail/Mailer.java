package org.cohesion.portal.mail;

import java.util.List;

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

}
