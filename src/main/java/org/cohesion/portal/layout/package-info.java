/**
 * The frame of every public page ({@link org.cohesion.portal.layout.Layout}: institution,
 * ticker, navigation, languages, canonical address) and its templates
 * ({@code src/main/jte/layout}). Content modules render inside it; the site module builds
 * it for each request. It depends on no content module, so that none of them depends on
 * the site through its templates.
 */
@ApplicationModule(allowedDependencies = { "platform", "i18n", "shared" })
@NullMarked
package org.cohesion.portal.layout;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
