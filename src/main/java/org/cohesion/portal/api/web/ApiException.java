package org.cohesion.portal.api.web;

import org.springframework.http.HttpStatus;

/** An answer other than 200, with its message for the caller (in French). */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	ApiException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

	static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, what);
	}

	static ApiException badRequest(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message);
	}

}
