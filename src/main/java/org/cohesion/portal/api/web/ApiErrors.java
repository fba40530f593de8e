package org.cohesion.portal.api.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.cohesion.portal.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API as JSON ({@link ApiViews.Error}), never the site's HTML error page;
 * ordered before the site's advice, which renders HTML.
 */
@RestControllerAdvice(assignableTypes = ContentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiViews.Error> api(ApiException ex) {
		ResponseEntity<ApiViews.Error> answer = error(ex.status(), ex.getMessage());
		String location = ex.location();
		return location == null ? answer
				: ResponseEntity.status(answer.getStatusCode())
					.headers(answer.getHeaders())
					.location(java.net.URI.create(location))
					.body(answer.getBody());
	}

	/**
	 * A query string that is not valid percent-encoding ({@code ?page=%}): the caller's
	 * mistake, not ours — a 400 without a stack trace in the log.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ApiViews.Error> badlyEncoded(InvalidParameterException ex) {
		return error(HttpStatus.BAD_REQUEST,
				"Adresse mal encodée\u00a0: un «\u00a0%\u00a0» doit être suivi de deux chiffres hexadécimaux.");
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiViews.Error> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "Ressource introuvable.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiViews.Error> unexpected(Exception ex) {
		log.error("API request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne\u00a0: réessayez plus tard.");
	}

	static ResponseEntity<ApiViews.Error> error(HttpStatus status, String message) {
		String code = status.name().toLowerCase(java.util.Locale.ROOT);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Cache-Control", status.is4xxClientError() ? "public, max-age=60" : "no-store")
			.body(new ApiViews.Error(status.value(), code, message));
	}

}
