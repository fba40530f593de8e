/**
 * Shared kernel: small, dependency-free helpers every module may use (slugs, dates in
 * French, HTML sanitising). Nothing here knows about any other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.cohesion.portal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
