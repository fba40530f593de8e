package org.cohesion.portal.casework.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such record, or not for this user: the same answer (404) either way, so that probing
 * codes tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException() {
		super("No such casework record in scope", null, false, false);
	}

}
