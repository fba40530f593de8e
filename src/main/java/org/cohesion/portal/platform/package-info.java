/**
 * Platform infrastructure: which modules run in which role (portal, casework, all), HTTP
 * security headers, caching and compression of public pages, locale. Modules do not call
 * into it; it configures around them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.cohesion.portal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
