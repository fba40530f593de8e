/**
 * The person record: pseudonymous code, identity fields encrypted in the application,
 * what lists and statistics need in the clear (gender, age or age band, citizenship,
 * languages, child flag). Every read goes through the access policy and the audit.
 */
@NullMarked
package org.cohesion.portal.casework.person;

import org.jspecify.annotations.NullMarked;
