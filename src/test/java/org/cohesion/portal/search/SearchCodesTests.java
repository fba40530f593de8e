package org.cohesion.portal.search;

import java.util.HashSet;
import java.util.Set;

import org.cohesion.portal.indexing.SearchFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numeric codes the results page counts types and sections by: the same on every JVM
 * and every run (they are stored in the index; changing them means raising the index
 * format), distinct for the known types, and leaving room for the range
 * {@code [code, code + 1)}.
 */
class SearchCodesTests {

	@Test
	void codesAreStableAndDistinctForTheKnownTypes() {
		// the values written in indexes already built: a change here is a new index
		// format
		assertThat(SearchFields.code("article")).isEqualTo(6148812677609700732L);
		assertThat(SearchFields.code("flash")).isEqualTo(857331361668425380L);
		assertThat(SearchFields.code("page")).isEqualTo(127672021576500363L);
		assertThat(SearchFields.code("gallery")).isEqualTo(5651493226374863790L);
		// section slugs are codes too, accents included (UTF-16 code units)
		assertThat(SearchFields.code("coopération")).isEqualTo(7185192208446267340L);
		Set<Long> codes = new HashSet<>();
		for (String type : SiteSearch.TYPES) {
			long code = SearchFields.code(type);
			assertThat(code).isNotNegative().isLessThan(Long.MAX_VALUE);
			codes.add(code);
		}
		assertThat(codes).hasSameSizeAs(SiteSearch.TYPES);
	}

}
