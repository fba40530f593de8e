package org.cohesion.portal.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Body fragments shown as excerpts read as excerpts, not as text cut anywhere. */
class ExcerptTests {

	@Test
	void aFragmentCutMidSentenceLosesItsLeadingPunctuationAndGetsEllipses() {
		assertThat(LuceneSiteSearch.excerpt(", d’action humanitaire auprès des <mark>ménages</mark> pauvres et"))
			.isEqualTo("… d’action humanitaire auprès des <mark>ménages</mark> pauvres et …");
	}

	@Test
	void aFragmentStartingAHighlightedWordMidSentenceGetsAnEllipsis() {
		assertThat(LuceneSiteSearch.excerpt("<mark>sinistrés</mark>. Une assistance renforcée a été annoncée."))
			.isEqualTo("… <mark>sinistrés</mark>. Une assistance renforcée a été annoncée.");
	}

	@Test
	void aWholeSentenceIsLeftAlone() {
		assertThat(LuceneSiteSearch.excerpt("Le Ministère a organisé une distribution de <mark>kits</mark>."))
			.isEqualTo("Le Ministère a organisé une distribution de <mark>kits</mark>.");
	}

	@Test
	void entitiesAreNeverCut() {
		assertThat(LuceneSiteSearch.excerpt("&lt;balise&gt; &amp; <mark>ménages</mark>."))
			.isEqualTo("&lt;balise&gt; &amp; <mark>ménages</mark>.");
		assertThat(LuceneSiteSearch.excerpt(" , ")).isNull();
		assertThat(LuceneSiteSearch.excerpt(null)).isNull();
	}

}
