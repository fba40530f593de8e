/**
 * Médiathèque: uploaded images and documents checked by content, their re-encoded
 * derivatives, where each is used, and galleries. The root package is the published API
 * ({@link org.cohesion.portal.media.MediaApi},
 * {@link org.cohesion.portal.media.MediaUsages} and their view records); entities,
 * storage, processing and controllers live in sub-packages.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit", "indexing", "layout", "shared" })
@NullMarked
package org.cohesion.portal.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
