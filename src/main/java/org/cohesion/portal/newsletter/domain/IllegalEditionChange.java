package org.cohesion.portal.newsletter.domain;

/** An edition that has left the draft stage cannot be changed. */
public class IllegalEditionChange extends RuntimeException {

	public IllegalEditionChange(String message) {
		super(message);
	}

}
