package org.cohesion.portal.mail;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One message to one recipient: plain text always, HTML optionally, and extra headers in
 * their order (a fixed {@code Message-ID}, {@code List-Unsubscribe}, {@code
 * List-Unsubscribe-Post}…). A {@code Message-ID} given here is kept as is, so that a
 * message sent again carries the same identifier.
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html, Map<String, String> headers) {

	public OutgoingMail {
		headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
	}

	public OutgoingMail(String to, String subject, String text, @Nullable String html) {
		this(to, subject, text, html, Map.of());
	}

}
