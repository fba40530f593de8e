package org.cohesion.portal.search.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives: embedded Lucene on one node (the default), or an
 * OpenSearch cluster shared by several nodes.
 *
 * @param backend {@code lucene} (one node, the index in a folder of its own) or
 * {@code opensearch} (several nodes, one cluster; indexing events go through the
 * database)
 * @param directory the folder of the Lucene index (one per node)
 * @param inMemory keep the Lucene index in memory only (tests): it starts empty with each
 * application context
 * @param rebuildWhenMissing at start-up, rebuild the index when it holds nothing usable:
 * on Lucene, a folder without a complete index of the current format; on OpenSearch, an
 * index without a single document
 * @param opensearch the cluster, when {@code backend} is {@code opensearch}
 * @param searchesPerMinute the searches that reach the index per client address and
 * minute on each node, refilled as the minute goes ({@code PORTAL_SEARCH_PER_MINUTE}); a
 * results page served from the page cache is not counted. Past it, the results page
 * answers 429 with a French message: a flood of distinct searches from one address, each
 * a query, counts and highlighting, would otherwise take every core of the node
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue("./data/search") String directory,
		@DefaultValue("false") boolean inMemory, @DefaultValue("true") boolean rebuildWhenMissing,
		@DefaultValue OpenSearch opensearch, @DefaultValue("60") int searchesPerMinute) {

	public enum Backend {

		LUCENE, OPENSEARCH

	}

	/**
	 * @param url the cluster's address ({@code https://search.internal:9200}); several,
	 * comma-separated, for several coordinating nodes
	 * @param username user of the cluster's security plugin, from the environment
	 * ({@code PORTAL_SEARCH_OPENSEARCH_USERNAME}); none when the cluster has no security
	 * @param password its password, from the environment only
	 * ({@code PORTAL_SEARCH_OPENSEARCH_PASSWORD})
	 * @param version the cluster's distribution and version, given so that start-up needs
	 * no probe of the cluster ({@code opensearch:2.19})
	 * @param indexPrefix put before every index and alias name, so that one cluster can
	 * hold the indexes of several sites
	 * @param pollingInterval how often each node looks for indexing events written by any
	 * node (the delay between a change and its being found, at most)
	 * @param startupWait how long start-up waits for the first check of the cluster (its
	 * indexes created or validated) before it goes on without it; a refused connection
	 * ends the wait at once
	 * @param checkInterval how often each node checks the cluster and its indexes: how
	 * soon a node notices an outage, and its end
	 * @param retryDelay how long an indexing event that failed waits before its next
	 * attempt (Hibernate Search gives an event up, {@code ABORTED}, at its third failure;
	 * the node takes such events up again when the cluster comes back); whole seconds
	 */
	public record OpenSearch(@DefaultValue("http://127.0.0.1:9200") String url, @Nullable String username,
			@Nullable String password, @DefaultValue("opensearch:2.19") String version,
			@DefaultValue("portal-") String indexPrefix, @DefaultValue("100ms") Duration pollingInterval,
			@DefaultValue("10s") Duration startupWait, @DefaultValue("10s") Duration checkInterval,
			@DefaultValue("10s") Duration retryDelay) {

	}

}
