/**
 * The public content API: read-only JSON under {@code /api/v1} (articles, sections, flash
 * infos, pages, galleries, search), its OpenAPI description and its documentation page.
 * It reads only through the published APIs of news, flash, site, media and search, so it
 * can only ever serve what the public site shows. Nothing here is called by other
 * modules.
 */
@ApplicationModule(allowedDependencies = { "flash", "layout", "media", "news", "platform", "search", "shared", "site" })
@NullMarked
package org.cohesion.portal.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
