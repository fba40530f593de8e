package org.cohesion.portal.flash.domain;

import org.cohesion.portal.indexing.SearchFields;
import org.cohesion.portal.indexing.SearchMappingContribution;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * How a flash info appears in the search index: its text is the title, its label the
 * summary; it is found from its publication ({@code showFrom}) on, and stays findable
 * after it leaves the ticker, as it stays in the archive.
 */
@Component
class FlashItemSearchMapping implements SearchMappingContribution {

	@Override
	public void contribute(ProgrammaticMappingConfigurationContext mapping) {
		TypeMappingStep flash = mapping.type(FlashItem.class);
		flash.indexed().index("flash");
		SearchFields.type(flash, "flash", "/flash-infos");
		SearchFields.title(flash.property("text"));
		SearchFields.text(flash.property("label"), SearchFields.SUMMARY);
		SearchFields.publishedAt(flash.property("publishedAt"));
	}

}
