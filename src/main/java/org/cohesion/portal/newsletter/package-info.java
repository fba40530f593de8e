/**
 * The monthly newsletter: subscribers and their consent (double opt-in), editions
 * composed from the month's news, sending with one delivery record per recipient, claimed
 * through the database so that only one node sends and a restart sends nobody the same
 * edition twice.
 */
@NullMarked
package org.cohesion.portal.newsletter;

import org.jspecify.annotations.NullMarked;
