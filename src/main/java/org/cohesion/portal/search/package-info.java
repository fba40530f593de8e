/**
 * Full-text search over what the public may read: articles, flash infos, static pages
 * galleries, analysed for French. The root package is the published API
 * ({@link org.cohesion.portal.search.SiteSearch} and its records); each content module
 * maps its own entities onto {@link org.cohesion.portal.indexing.SearchFields}, and this
 * module queries every index by field name, never by class.
 */
@ApplicationModule(
		allowedDependencies = { "accounts", "audit", "indexing", "layout", "news", "pagecache", "platform", "shared" })
@NullMarked
package org.cohesion.portal.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
