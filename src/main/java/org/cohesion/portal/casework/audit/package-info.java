/**
 * The casework's audit: an entry for every view, list, search, export, print and change
 * (who, when, from where, what, why), append-only, chained with a keyed HMAC whose key
 * lives outside the database; the auditeur verifies the chain and filters it.
 */
@NullMarked
package org.cohesion.portal.casework.audit;

import org.jspecify.annotations.NullMarked;
