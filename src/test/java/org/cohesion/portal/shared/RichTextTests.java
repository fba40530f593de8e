package org.cohesion.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<svg onload=alert(1)>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<iframe src=\"https://evil.example\"></iframe>",
			"<a href=\"&#106;avascript:alert(1)\">x</a>", "<object data=\"x.swf\"></object>",
			"<p><SCRIPT SRC=//evil.example/x.js></SCRIPT></p>" })
	void removesEveryScriptVector(String hostile) {
		String clean = RichText.sanitize(hostile).toLowerCase();
		assertThat(clean).doesNotContain("<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "style=",
				"<object");
	}

	@Test
	void keepsTheStructureAWriterUses() {
		String html = "<h2>Titre</h2><p>Un <strong>texte</strong> et un <a href=\"/actualites\">lien</a>.</p>"
				+ "<ul><li>un</li></ul><blockquote><p>citation</p></blockquote>";
		assertThat(RichText.sanitize(html)).contains("<h2>Titre</h2>", "<strong>texte</strong>", "<li>un</li>",
				"<blockquote>", "href=\"/actualites\"");
	}

	@Test
	void stripsWordMarkupButKeepsItsText() {
		String word = "<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=FR style='font-size:12pt'>"
				+ "Le Ministère<o:p></o:p></span></p>";
		assertThat(RichText.sanitize(word)).isEqualTo("<p>Le Ministère</p>");
	}

	@Test
	void keepsOnlyImagesOfTheMediaLibraryWithTheirTextAlternative() {
		String library = "/media/0123456789abcdef01234567-720.jpg";
		assertThat(RichText.sanitize("<figure><img src=\"" + library
				+ "\" alt=\"Atelier\" width=\"720\" height=\"480\">" + "<figcaption>Légende</figcaption></figure>"))
			.isEqualTo("<figure><img src=\"" + library + "\" alt=\"Atelier\" width=\"720\" height=\"480\" />"
					+ "<figcaption>Légende</figcaption></figure>");
		assertThat(RichText.sanitize("<img src=\"" + library + "\">")).doesNotContain("<img");
		assertThat(RichText.sanitize("<img src=\"" + library + "\" alt=\" \">")).doesNotContain("<img");
		assertThat(RichText.sanitize("<img src=\"https://tracker.example/pixel.gif\" alt=\"x\">"))
			.doesNotContain("<img");
		assertThat(RichText.sanitize("<img src=\"/admin/medias\" alt=\"x\">")).doesNotContain("<img");
		assertThat(RichText.sanitize("<img src=\"" + library + "\" alt=\"x\" width=\"100%\">")).doesNotContain("100%");
	}

	@Test
	void searchKeepsParagraphsApartSoThatAnExcerptEndsWithItsParagraph() {
		String html = "<h2>Un titre sans point</h2><p>Le Ministère agit&nbsp;: il aide.</p>\n<ul><li>Un</li><li>Deux</li></ul>"
				+ "<p>Fin<br>de ligne</p>";
		String text = RichText.plainTextByBlock(html);
		assertThat(text).isEqualTo(
				"Un titre sans point\u2029Le Ministère agit : il aide.\u2029Un\u2029Deux\u2029Fin\u2029de ligne");
		java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(java.util.Locale.FRENCH);
		sentences.setText(text);
		assertThat(text.substring(sentences.first(), sentences.next()).strip()).isEqualTo("Un titre sans point");
		assertThat(RichText.plainText(html))
			.isEqualTo("Un titre sans point Le Ministère agit : il aide. Un Deux Fin de ligne");
	}

}
