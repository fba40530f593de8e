/**
 * Shared kernel: small helpers every module may use (slugs, dates in French, HTML
 * sanitising, pagination, form errors, the demo content loader). A closed module that
 * depends on no other; search mapping moved to the {@code indexing} SPI, form tokens to
 * the newsletter, language routing to {@code i18n}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.cohesion.portal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
