/**
 * Consent, per person and per purpose (HTCDS {@code con_}): given, refused or withdrawn,
 * or a legal basis when consent cannot be given; decisions are appended, never
 * overwritten. {@link org.cohesion.portal.casework.consent.Consents} is what later steps
 * (referral, sharing, statistics) ask before they act.
 */
@NullMarked
package org.cohesion.portal.casework.consent;

import org.jspecify.annotations.NullMarked;
