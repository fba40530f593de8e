package org.cohesion.portal.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives.
 *
 * @param directory the folder of the Lucene index (one per node)
 * @param inMemory keep the index in memory only (tests): it starts empty with each
 * application context
 * @param rebuildWhenMissing at start-up, rebuild the index when the folder holds no
 * complete index (first start, folder deleted, index format changed)
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(@DefaultValue("./data/search") String directory, @DefaultValue("false") boolean inMemory,
		@DefaultValue("true") boolean rebuildWhenMissing) {

}
