/**
 * The monthly newsletter: subscribers and their consent (double opt-in), editions
 * composed from the month's news, sending with one delivery record per recipient, claimed
 * through the database so that only one node sends and a restart sends nobody the same
 * edition twice.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit", "layout", "mail", "news", "platform", "shared" })
@NullMarked
package org.cohesion.portal.newsletter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
