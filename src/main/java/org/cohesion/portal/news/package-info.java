/**
 * Actualités: news articles, their sections (rubriques) and the publication workflow. The
 * root package is the published API ({@link org.cohesion.portal.news.NewsApi} and its
 * view records); entities, repositories and controllers live in sub-packages.
 */
@ApplicationModule(
		allowedDependencies = { "accounts", "audit", "i18n", "indexing", "layout", "media", "platform", "shared" })
@NullMarked
package org.cohesion.portal.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
