package org.cohesion.portal.mail;

/**
 * Told the fate of each message of a {@link Mailer#sendEach} batch as soon as the relay
 * gives it, before the next message is handed over: a caller that records each answer
 * here leaves at most the one message in flight in doubt if the process dies.
 */
@FunctionalInterface
public interface SendListener {

	/**
	 * @param index the message's place in the batch
	 * @return false to stop before handing the next message (the rest get no result)
	 */
	boolean handed(int index, SendResult result);

}
