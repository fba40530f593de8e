package org.cohesion.portal.news.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void sameTextHasNoMarks() {
		assertThat(WordDiff.ofText("Le Ministère agit", "Le Ministère agit")).isEqualTo("Le Ministère agit");
	}

	@Test
	void changedWordsAreMarkedAsDeletedAndInserted() {
		assertThat(WordDiff.ofText("Le Ministère agit à Bouaké", "Le Ministère intervient à Bouaké et Korhogo"))
			.isEqualTo("Le Ministère <del>agit</del> <ins>intervient</ins> à Bouaké <ins>et Korhogo</ins>");
	}

	@Test
	void textIsEscaped() {
		assertThat(WordDiff.ofText("a <b>", "a <script>"))
			.isEqualTo("a <del>&lt;b&gt;</del> <ins>&lt;script&gt;</ins>");
	}

	@Test
	void richTextIsComparedAsWordsParagraphByParagraph() {
		String diff = WordDiff.ofHtml("<p>Premier paragraphe.</p><p>Second <strong>texte</strong>.</p>",
				"<p>Premier paragraphe.</p><p>Second texte modifié.</p>");
		assertThat(diff).isEqualTo("Premier paragraphe.\nSecond <del>texte.</del> <ins>texte modifié.</ins>");
	}

}
