/**
 * Platform infrastructure: which modules run in which role (portal, casework, all), HTTP
 * security headers, caching and compression of public pages, the clock, scheduling (the
 * one {@code @EnableScheduling}, with ShedLock) and the upkeep of the event publication
 * registry. A closed module: others read its typed settings
 * ({@link org.cohesion.portal.platform.PlatformProperties},
 * {@link org.cohesion.portal.platform.SiteProperties}) and the role from its root
 * package; it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.cohesion.portal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
