package org.cohesion.portal.flash.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A flash info in the back office's list, with where it stands now: shown, scheduled or
 * expired.
 */
public record FlashAdminRow(long id, String label, String text, Instant showFrom, @Nullable Instant showUntil,
		String state, @Nullable String href) {
}
