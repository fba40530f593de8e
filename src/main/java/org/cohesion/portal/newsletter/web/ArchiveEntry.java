package org.cohesion.portal.newsletter.web;

import java.time.Instant;

/** A sent edition in the public archive. */
public record ArchiveEntry(String slug, String title, int number, Instant sentAt) {

}
