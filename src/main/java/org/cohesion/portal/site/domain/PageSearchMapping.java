package org.cohesion.portal.site.domain;

import org.cohesion.portal.indexing.SearchFields;
import org.cohesion.portal.indexing.SearchMappingContribution;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/** How a static page appears in the search index; pages are always public. */
@Component
class PageSearchMapping implements SearchMappingContribution {

	@Override
	public void contribute(ProgrammaticMappingConfigurationContext mapping) {
		TypeMappingStep page = mapping.type(Page.class);
		page.indexed().index("page");
		SearchFields.type(page, "page");
		SearchFields.title(page.property("title"));
		SearchFields.text(page.property("summary"), SearchFields.SUMMARY);
		SearchFields.richText(page.property("body"), SearchFields.BODY);
		SearchFields.path(page.property("slug"), "/");
		SearchFields.publishedAt(page.property("updatedAt"));
	}

}
