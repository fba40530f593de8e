package org.cohesion.portal.casework.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How a user reaches a record: in their scope, or through a break-the-glass access until
 * {@code until}, for {@code reason} (the access {@code grantRef}).
 */
public record Access(boolean breakGlass, @Nullable Instant until, @Nullable String reason, @Nullable String grantRef) {

	public static final Access IN_SCOPE = new Access(false, null, null, null);

}
