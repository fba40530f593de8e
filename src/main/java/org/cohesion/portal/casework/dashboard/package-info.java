/**
 * Tableaux de bord: counts for a cell and for the DLTP (open cases, referrals awaiting an
 * answer, providers' median response time, places free) — counts only, never a name or a
 * case code; small counts masked on the national and analysts' views.
 */
@NullMarked
package org.cohesion.portal.casework.dashboard;

import org.jspecify.annotations.NullMarked;
