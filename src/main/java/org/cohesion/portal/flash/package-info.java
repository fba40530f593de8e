/**
 * Flash Infos: short dated items, each with a category label ("Coopération", "Solidarité
 * / Intempéries"), shown in the ticker of every page while they are current, and kept in
 * a public archive.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit", "i18n", "indexing", "layout", "news", "shared" })
@NullMarked
package org.cohesion.portal.flash;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
