/**
 * Closure of a case on request: the owner (or a supervisor of the cell) asks with a
 * reason category and the HTCDS {@code cas_ReasonForCaseClosure}; a supervisor of the
 * case's cell approves (the case closes, {@code Closed} or {@code ClosedReferred} by the
 * category) or rejects with a reason; the requester may withdraw. A supervisor reopens a
 * closed case with a written reason. Every step on the case's timeline and in the audit.
 */
@NullMarked
package org.cohesion.portal.casework.closure;

import org.jspecify.annotations.NullMarked;
