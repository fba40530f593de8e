package org.cohesion.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing public at this address: the site answers with its French 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what, null, false, false);
	}

	/** Throws when a page number points past the last page of a non-empty list. */
	public static void unlessPageExists(int requestedPage, int totalPages) {
		if (requestedPage > 1 && requestedPage > totalPages) {
			throw new NotFoundException("page " + requestedPage);
		}
	}

}
