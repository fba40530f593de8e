/**
 * Outgoing e-mail: through SMTP when {@code spring.mail.host} is set, else into a
 * development outbox that the back office can read.
 */
@ApplicationModule(allowedDependencies = "accounts")
@NullMarked
package org.cohesion.portal.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
