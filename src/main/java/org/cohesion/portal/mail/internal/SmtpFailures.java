package org.cohesion.portal.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.cohesion.portal.mail.SendResult;
import org.cohesion.portal.mail.SendResult.Outcome;

/**
 * Sorts an SMTP failure into "try again later" (4xx, connection trouble) and "never"
 * (5xx), from the reply code Jakarta Mail carries in its exceptions.
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	static SendResult classify(Throwable failure) {
		int code = replyCode(failure);
		Outcome outcome = code >= 500 && code < 600 ? Outcome.PERMANENT : Outcome.TEMPORARY;
		return new SendResult(outcome, describe(failure));
	}

	static String describe(Throwable failure) {
		int code = replyCode(failure);
		String message = String.valueOf(deepest(failure).getMessage()).strip();
		String text = (code > 0 ? code + " " : "") + message;
		return text.length() > 480 ? text.substring(0, 480) : text;
	}

	/** The SMTP reply code found in the chain, or 0 (no answer: connection trouble). */
	static int replyCode(Throwable failure) {
		for (Throwable t = failure; t != null; t = next(t)) {
			// Angus Mail's SMTPAddressFailedException and SMTPSendFailedException carry
			// the
			// code; they are read by name so that the implementation stays a runtime
			// dependency.
			String name = t.getClass().getSimpleName();
			if (name.equals("SMTPAddressFailedException") || name.equals("SMTPSendFailedException")) {
				try {
					return (int) t.getClass().getMethod("getReturnCode").invoke(t);
				}
				catch (ReflectiveOperationException ex) {
					return 0;
				}
			}
			if (t instanceof SendFailedException send && send.getInvalidAddresses() != null
					&& send.getInvalidAddresses().length > 0 && send.getNextException() == null) {
				return 550;
			}
		}
		return 0;
	}

	private static Throwable deepest(Throwable failure) {
		Throwable t = failure;
		while (next(t) != null) {
			t = next(t);
		}
		return t;
	}

	private static Throwable next(Throwable t) {
		if (t instanceof MessagingException messaging && messaging.getNextException() != null
				&& messaging.getNextException() != t) {
			return messaging.getNextException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

}
