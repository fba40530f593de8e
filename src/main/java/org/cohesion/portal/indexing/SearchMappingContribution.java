package org.cohesion.portal.indexing;

import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * A module's share of the search mapping: a bean in the module that owns the entity maps
 * it onto {@link SearchFields}. The search module applies every contribution it finds, so
 * that no other module's classes are named outside their own package.
 */
public interface SearchMappingContribution {

	void contribute(ProgrammaticMappingConfigurationContext mapping);

}
