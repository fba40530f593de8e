/**
 * The one need-to-know policy for every read of case data: a record is visible to its
 * owner, its assigned workers and its organisation's supervisors; anyone else is answered
 * 404 and never sees it in a list, a count or a search. Break-the-glass opens one record
 * outside one's scope for three hours, with a written reason and a fresh proof of
 * identity; the record's supervisors are told and review every such access.
 */
@NullMarked
package org.cohesion.portal.casework.access;

import org.jspecify.annotations.NullMarked;
