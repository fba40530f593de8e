package org.cohesion.portal.mail;

/**
 * The SMTP server refused or could not be reached. Callers decide: an invitation is
 * cancelled, a password reset answers as usual (it must not tell that the address
 * exists).
 */
public class MailNotSent extends RuntimeException {

	public MailNotSent(String message, Throwable cause) {
		super(message, cause);
	}

}
