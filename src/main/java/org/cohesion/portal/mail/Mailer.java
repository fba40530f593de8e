package org.cohesion.portal.mail;

/** Sends e-mail; where it really goes depends on the configuration (SMTP or outbox). */
public interface Mailer {

	void send(OutgoingMail mail);

}
