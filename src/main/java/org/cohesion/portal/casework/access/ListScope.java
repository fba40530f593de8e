package org.cohesion.portal.casework.access;

/**
 * The policy as query parameters, for lists, counts and searches: the same rule as
 * {@link AccessPolicy#inScope}, evaluated by the database. Break-the-glass accesses open
 * one record by its code; they never add it to a list.
 *
 * @param readsRecords false for roles that never read an individual record (then the
 * query must return nothing)
 * @param userId owner or assigned worker
 * @param organisationId the organisation whose records a supervisor sees
 * @param supervisor whether {@code organisationId} applies
 */
public record ListScope(boolean readsRecords, long userId, long organisationId, boolean supervisor) {
}
