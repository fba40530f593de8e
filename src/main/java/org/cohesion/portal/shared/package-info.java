/**
 * Shared kernel: small helpers every module may use (slugs, dates in French, HTML
 * sanitising, pagination, form errors, the reader of the demo content each module loads
 * its part of, the translation revision every translated entity embeds). A closed module
 * that depends on no other; search mapping moved to the {@code indexing} SPI, form tokens
 * to the newsletter, language routing to {@code i18n}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.cohesion.portal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
