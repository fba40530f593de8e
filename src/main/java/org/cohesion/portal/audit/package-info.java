/**
 * The append-only trail of who did what, when, from where: every sign-in and every change
 * of content, state, account or setting. Entries are chained by hash, so that a removed
 * or altered entry is detected by {@link org.cohesion.portal.audit.AuditTrail#verify()}.
 */
@ApplicationModule(allowedDependencies = { "accounts", "shared" })
@NullMarked
package org.cohesion.portal.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
