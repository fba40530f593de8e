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
		assertThat(SearchFields.code("article")).isEqualTo(SearchFields.code(new String("article")))
			.isEqualTo(fnv1a("article") >>> 1);
		Set<Long> codes = new HashSet<>();
		for (String type : SiteSearch.TYPES) {
			long code = SearchFields.code(type);
			assertThat(code).isNotNegative().isLessThan(Long.MAX_VALUE);
			codes.add(code);
		}
		assertThat(codes).hasSameSizeAs(SiteSearch.TYPES);
	}

	/** 64-bit FNV-1a over UTF-16 code units, written out independently. */
	private static long fnv1a(String value) {
		long hash = 0xcbf29ce484222325L;
		for (char c : value.toCharArray()) {
			hash = (hash ^ c) * 0x100000001b3L;
		}
		return hash;
	}

}
