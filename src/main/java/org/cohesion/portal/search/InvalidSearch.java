package org.cohesion.portal.search;

/**
 * A search that cannot be run; {@link #reason()} says why, for a message to the reader.
 */
public class InvalidSearch extends RuntimeException {

	public enum Reason {

		/** No word to look for (empty, or only punctuation). */
		EMPTY,
		/** More than {@link SearchText#MAX_LENGTH} characters. */
		TOO_LONG,
		/** More than {@link SearchText#MAX_TERMS} words and phrases. */
		TOO_MANY_WORDS

	}

	private final Reason reason;

	public InvalidSearch(Reason reason) {
		super("Invalid search: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
