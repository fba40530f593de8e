package org.cohesion.portal.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.cohesion.portal.indexing.SearchFields;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * French analysis: "L’aide aux ménages sinistrés", "aide menage sinistre" and "Ménage
 * sinistré" give the same terms. Words are lower-cased, stripped of their elided article
 * (l’, d’, qu’, jusqu’…, straight or curly apostrophe), folded to ASCII (accents are
 * often left out when typing on a phone), then reduced by Lucene's light French stemmer
 * (plurals and feminines), which is gentler than Snowball on proper nouns.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.FRENCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(FrenchLightStemFilterFactory.class);
		// Suggestions: prefixes of whole (unstemmed) words, so that "sinis" finds
		// "sinistrés".
		context.analyzer(SearchFields.FRENCH_PREFIX)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(SearchFields.FRENCH_EXACT)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
