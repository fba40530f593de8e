package org.cohesion.portal.search.internal;

import java.nio.file.Path;
import java.util.List;

import org.cohesion.portal.indexing.SearchMappingContribution;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search with its Lucene backend, configured through Hibernate's properties:
 * French analysis, the mapping contributed by each content module, the index folder, and
 * indexing that waits for the index to be readable before the transaction's commit
 * returns ({@code read-sync}), so that a page shown after a save already finds the
 * change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchHibernateProperties(SearchProperties properties,
			List<SearchMappingContribution> contributions) {
		return hibernate -> {
			hibernate.put("hibernate.search.backend.analysis.configurer", new FrenchAnalysis());
			hibernate.put("hibernate.search.mapping.configurer", new ContributedMapping(contributions));
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
		};
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
