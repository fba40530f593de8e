/**
 * Référencement: a case sent to a service provider for a service, with the person's
 * consent (or a recorded legal basis, or an audited override), sharing only the fields
 * the sender chose; the provider accepts or refuses, gives the service, and the case
 * follows it.
 */
@NullMarked
package org.cohesion.portal.casework.referral;

import org.jspecify.annotations.NullMarked;
