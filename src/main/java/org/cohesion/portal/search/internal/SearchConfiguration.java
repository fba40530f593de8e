package org.cohesion.portal.search.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.indexing.SearchMappingContribution;
import org.cohesion.portal.search.internal.SearchProperties.Backend;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search, configured through Hibernate's properties, with the mapping
 * contributed by each content module and the same French analysis on either backend.
 * <p>
 * <b>Lucene</b> (one node): the index in a folder, and indexing that waits for the index
 * to be readable before the transaction's commit returns ({@code read-sync}), so that a
 * page shown after a save already finds the change.
 * <p>
 * <b>OpenSearch</b> (several nodes): Hibernate Search's Elasticsearch backend, and the
 * {@code outbox-polling} coordination: a change writes an indexing event in the same
 * transaction (table {@code hsearch_outbox_event}, migration V71), and the nodes' agents
 * (table {@code hsearch_agent}) share the events among themselves and index them. An
 * event survives a node's crash, and every change is indexed whichever node made it; it
 * is found after the polling interval and the cluster's refresh (about a second) rather
 * than at once.
 * <p>
 * A node on OpenSearch starts while the cluster is down: Hibernate Search's schema
 * management is off at start-up, and {@link ClusterWatch} does its work (indexes created
 * if missing, validated otherwise) in the background, then and whenever the cluster comes
 * back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	IndexWriteGate indexWriteGate() {
		return new IndexWriteGate();
	}

	@Bean
	HibernatePropertiesCustomizer searchHibernateProperties(SearchProperties properties,
			List<SearchMappingContribution> contributions, IndexWriteGate gate) {
		return hibernate -> {
			hibernate.put("hibernate.search.mapping.configurer", new ContributedMapping(contributions));
			if (properties.backend() == Backend.OPENSEARCH) {
				openSearch(hibernate, properties.opensearch(), gate);
			}
			else {
				lucene(hibernate, properties);
			}
		};
	}

	private static void lucene(Map<String, Object> hibernate, SearchProperties properties) {
		hibernate.put("hibernate.search.backend.type", "lucene");
		hibernate.put("hibernate.search.backend.analysis.configurer", new FrenchAnalysis());
		if (properties.inMemory()) {
			hibernate.put("hibernate.search.backend.directory.type", "local-heap");
		}
		else {
			hibernate.put("hibernate.search.backend.directory.type", "local-filesystem");
			hibernate.put("hibernate.search.backend.directory.root",
					Path.of(properties.directory()).toAbsolutePath().normalize().toString());
		}
		hibernate.put("hibernate.search.backend.lucene_version", "LATEST");
		hibernate.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
	}

	private static void openSearch(Map<String, Object> hibernate, SearchProperties.OpenSearch cluster,
			IndexWriteGate gate) {
		hibernate.put("hibernate.search.backend.type", "elasticsearch");
		hibernate.put("hibernate.search.backend.uris", cluster.url());
		if (cluster.username() != null && !cluster.username().isBlank()) {
			hibernate.put("hibernate.search.backend.username", cluster.username());
			hibernate.put("hibernate.search.backend.password", cluster.password() == null ? "" : cluster.password());
		}
		// the distribution and version are known: no request to the cluster at start-up
		hibernate.put("hibernate.search.backend.version", cluster.version());
		hibernate.put("hibernate.search.backend.version_check.enabled", "false");
		hibernate.put("hibernate.search.backend.analysis.configurer", new OpenSearchFrenchAnalysis());
		hibernate.put("hibernate.search.backend.layout.strategy", new PrefixedIndexLayout(cluster.indexPrefix()));
		hibernate.put("hibernate.search.coordination.strategy", "outbox-polling");
		hibernate.put("hibernate.search.coordination.event_processor.polling_interval",
				String.valueOf(cluster.pollingInterval().toMillis()));
		// start-up asks the cluster nothing, so that a node starts while it is down: the
		// indexes are created or validated by ClusterWatch, at start-up and whenever the
		// cluster comes back, and no document is written before that (IndexWriteGate)
		hibernate.put("hibernate.search.schema_management.strategy", "none");
		hibernate.put("hibernate.search.backend.client.configurer", gate);
		hibernate.put("hibernate.search.coordination.event_processor.retry_delay",
				String.valueOf(Math.max(1, cluster.retryDelay().toSeconds())));
	}

	/** Applies every module's share of the mapping. */
	static final class ContributedMapping implements HibernateOrmSearchMappingConfigurer {

		private final List<SearchMappingContribution> contributions;

		ContributedMapping(List<SearchMappingContribution> contributions) {
			this.contributions = List.copyOf(contributions);
		}

		@Override
		public void configure(HibernateOrmMappingConfigurationContext context) {
			contributions.forEach(contribution -> contribution.contribute(context.programmaticMapping()));
		}

	}

}
