/**
 * Languages of the public site: French first and without prefix, the others under their
 * prefix ({@code /en/…}); the request's {@link org.cohesion.portal.i18n.PageLanguage}
 * (alternates, fallback) and the locale taken from the URL. Every role runs it.
 */
@ApplicationModule(allowedDependencies = { "platform", "shared" })
@NullMarked
package org.cohesion.portal.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
