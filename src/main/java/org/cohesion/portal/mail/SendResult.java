package org.cohesion.portal.mail;

/**
 * What became of one message of a {@link Mailer#sendAll} batch.
 *
 * @param outcome accepted by the server, refused for now (retry later) or refused for
 * good
 * @param detail the server's answer or the error, for the record (never the body)
 */
public record SendResult(Outcome outcome, String detail) {

	public enum Outcome {

		/** The SMTP server accepted the message (or the outbox kept it). */
		ACCEPTED,
		/** A 4xx answer: try again later. */
		TEMPORARY,
		/** A 5xx answer: this message to this address will not go through. */
		PERMANENT,
		/**
		 * The relay could not be reached (connection refused, no greeting, sign-in
		 * refused): the message was not handed over. An outage, not a verdict on the
		 * recipient.
		 */
		UNREACHABLE,
		/**
		 * The connection broke while the message was being handed over, before the relay
		 * answered: it may have been delivered. Sending it again could make a duplicate.
		 */
		UNANSWERED

	}

	public static SendResult accepted() {
		return new SendResult(Outcome.ACCEPTED, "");
	}

}
