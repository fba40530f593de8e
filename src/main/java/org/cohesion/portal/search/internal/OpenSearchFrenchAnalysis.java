package org.cohesion.portal.search.internal;

import org.cohesion.portal.indexing.SearchFields;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The French analysis of {@link FrenchAnalysis}, filter for filter, as OpenSearch (and
 * Elasticsearch) define it: the same Lucene tokenizer and filters run inside the cluster,
 * so both backends index and query the same terms. {@code FrenchSearchTests} runs the
 * same queries against both and expects the same articles.
 */
public class OpenSearchFrenchAnalysis implements ElasticsearchAnalysisConfigurer {

	/**
	 * The articles Lucene's {@code ElisionFilterFactory} strips when it is given none:
	 * {@code FrenchAnalyzer.DEFAULT_ARTICLES}. Named here rather than left to the
	 * cluster's default, so that the two lists cannot drift apart.
	 */
	static final String[] FRENCH_ARTICLES = { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
			"puisqu" };

	static final String ELISION = "portal_french_elision";

	static final String LIGHT_STEMMER = "portal_french_light_stemmer";

	static final String PREFIXES = "portal_french_prefixes";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(ELISION).type("elision").param("articles", FRENCH_ARTICLES).param("articles_case", true);
		context.tokenFilter(LIGHT_STEMMER).type("stemmer").param("language", "light_french");
		context.tokenFilter(PREFIXES).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
		context.analyzer(SearchFields.FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", ELISION, "asciifolding", LIGHT_STEMMER);
		context.analyzer(SearchFields.FRENCH_PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", ELISION, "asciifolding", PREFIXES);
		context.analyzer(SearchFields.FRENCH_EXACT)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", ELISION, "asciifolding");
	}

}
