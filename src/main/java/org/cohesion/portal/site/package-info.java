/**
 * The public site's frame: layout (header, ticker, navigation, footer), home page, static
 * pages, error pages. It reads from the news and flash modules through their published
 * APIs.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit", "flash", "i18n", "indexing", "layout", "media", "news",
		"pagecache", "newsletter", "platform", "shared" })
@NullMarked
package org.cohesion.portal.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
