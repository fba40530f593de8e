package org.cohesion.portal.mail;

import org.jspecify.annotations.Nullable;

/** One message to one recipient: plain text always, HTML optionally. */
public record OutgoingMail(String to, String subject, String text, @Nullable String html) {

}
