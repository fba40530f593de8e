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
		/** A 4xx answer, a dropped connection, a server out of reach: try again later. */
		TEMPORARY,
		/** A 5xx answer: this message to this address will not go through. */
		PERMANENT

	}

	public static SendResult accepted() {
		return new SendResult(Outcome.ACCEPTED, "");
	}

}
