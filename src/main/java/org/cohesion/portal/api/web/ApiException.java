package org.cohesion.portal.api.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** An answer other than 200, with its message for the caller (in French). */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final @Nullable String location;

	ApiException(HttpStatus status, String message) {
		this(status, message, null);
	}

	private ApiException(HttpStatus status, String message, @Nullable String location) {
		super(message);
		this.status = status;
		this.location = location;
	}

	HttpStatus status() {
		return status;
	}

	/** Where the resource now lives, for a redirect. */
	@Nullable String location() {
		return location;
	}

	/**
	 * The resource moved for good (an article renamed): the caller follows
	 * {@code location}.
	 */
	static ApiException movedPermanently(String location) {
		return new ApiException(HttpStatus.MOVED_PERMANENTLY, "Cette ressource a changé d’adresse\u00a0: " + location,
				location);
	}

	static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, what);
	}

	static ApiException badRequest(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message);
	}

}
