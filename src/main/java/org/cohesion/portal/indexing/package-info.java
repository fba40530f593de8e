/**
 * The search SPI: how a content module describes its public documents to search. Each
 * content module contributes a
 * {@link org.cohesion.portal.indexing.SearchMappingContribution} built on the common
 * field names and analysers of {@link org.cohesion.portal.indexing.SearchFields}; the
 * search module queries every index by those names, never by class. A module of its own
 * (not a part of {@code search}) because search reads the news module (sections, events)
 * while news contributes its mapping: both depend on this SPI, neither on the other's
 * side of it.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.cohesion.portal.indexing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
