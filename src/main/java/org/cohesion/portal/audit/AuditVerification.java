package org.cohesion.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the chain: {@code intact}, how many entries were checked, and
 * the sequence number of the first entry that does not match (altered, or following a
 * removed one).
 */
public record AuditVerification(boolean intact, long checked, @Nullable Long firstBrokenSequence) {
}
