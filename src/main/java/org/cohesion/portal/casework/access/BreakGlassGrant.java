package org.cohesion.portal.casework.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One break-the-glass access as the review list shows it (reason decrypted). */
public record BreakGlassGrant(long id, String ref, long userId, String username, String userOrg, String recordRef,
		long recordOrgId, String reason, Instant grantedAt, Instant expiresAt, @Nullable Instant reviewedAt,
		@Nullable String reviewedBy, @Nullable String reviewNote) {

	public boolean activeAt(Instant now) {
		return expiresAt.isAfter(now);
	}

}
