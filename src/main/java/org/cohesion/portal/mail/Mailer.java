package org.cohesion.portal.mail;

/** Sends e-mail; where it really goes depends on the configuration (SMTP or outbox). */
public interface Mailer {

	/**
	 * @throws MailNotSent when the SMTP server refuses the message or cannot be reached
	 */
	void send(OutgoingMail mail);

}
