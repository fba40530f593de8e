package org.cohesion.portal.i18n;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.cohesion.portal.i18n.Languages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language the site is configured with has its names and phrases in both bundles
 * (the keys are built from the language code, so MessagesTests cannot see them in the
 * templates).
 */
class LanguageMessagesTests {

	static final Languages LANGUAGES = new Languages("fr", List.of("fr", "en"));

	@Test
	void everyLanguageHasItsNameItsPhraseAndItsBackOfficeLabelInBothBundles() throws Exception {
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			for (String language : LANGUAGES.all()) {
				assertThat(messages).as(bundle)
					.containsKeys("language.name." + language, "language.in." + language,
							"news.admin.language." + language);
			}
		}
	}

	@Test
	void eachLanguageIsNamedInItself() throws Exception {
		Properties french = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			french.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(french.getProperty("language.name.en")).isEqualTo("English");
		assertThat(french.getProperty("language.name.fr")).isEqualTo("Français");
	}

	@Test
	void otherLanguagesArePrefixedAndTheDefaultIsNot() {
		assertThat(LANGUAGES.translations()).containsExactly("en");
		assertThat(LANGUAGES.path("fr", "/actualites")).isEqualTo("/actualites");
		assertThat(LANGUAGES.path("en", "/actualites")).isEqualTo("/en/actualites");
		assertThat(LANGUAGES.path("en", "/")).isEqualTo("/en/");
		assertThat(new Languages("fr", List.of("en", "EN", "x!", "fr")).all()).containsExactly("fr", "en");
	}

}
