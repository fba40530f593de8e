package org.cohesion.portal.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message kept in the development outbox; {@code headers} holds its extra headers, one
 * "Name: value" per line.
 */
public record OutboxMessage(long id, String to, String subject, String text, @Nullable String html, Instant createdAt,
		String headers) {

}
