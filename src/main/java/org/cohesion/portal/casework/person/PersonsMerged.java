package org.cohesion.portal.casework.person;

import java.time.Instant;

/**
 * A supervisor merged two records of the same person (published inside the casework
 * transaction). The merged record stays, marked as merged into the survivor; its
 * assignments, blind indexes and consents now belong to the survivor. Modules that hang
 * records on a person (case files, screenings, referrals) move theirs to the survivor on
 * this event.
 *
 * @param mergedId the record that is no longer used
 * @param mergedCode its code, which now leads to the survivor
 * @param survivorId the record that carries on
 * @param survivorCode its code
 * @param mergedBy the supervisor
 * @param mergedAt when
 */
public record PersonsMerged(long mergedId, String mergedCode, long survivorId, String survivorCode, long mergedBy,
		Instant mergedAt) {

}
