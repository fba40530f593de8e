/**
 * Back-office accounts: editorial roles and what each may do, sign-in, second factor, the
 * frame of every back-office page. The root package is the published API
 * ({@link org.cohesion.portal.accounts.Editors},
 * {@link org.cohesion.portal.accounts.EditorialRole},
 * {@link org.cohesion.portal.accounts.Permission},
 * {@link org.cohesion.portal.accounts.AdminLayout}).
 */
@ApplicationModule(allowedDependencies = { "audit", "identity", "mail", "platform", "shared" })
@NullMarked
package org.cohesion.portal.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
