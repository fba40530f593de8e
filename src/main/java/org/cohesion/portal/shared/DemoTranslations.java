package org.cohesion.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiPredicate;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The translations of part of the demonstration content
 * ({@code demo/translations-en.json}, written for the project): a few articles, the
 * static pages but one, a few flash infos, so that the English site shows both translated
 * pages and pages that fall back to French. Each entry names its original by its French
 * title, slug or text.
 */
public final class DemoTranslations {

	private static final String LOCATION = "demo/translations-en.json";

	private DemoTranslations() {
	}

	/**
	 * Hands each entry of one part of the file ({@code "articles"}, {@code "pages"},
	 * {@code "flash"}) to {@code translate} with the file's language: the one loop every
	 * module's demo loader shares, so each only says how it finds its original and
	 * translates it.
	 * @param translate answers false when the entry's original is not there (nothing
	 * done)
	 * @return how many entries were translated
	 */
	public static int apply(String part, BiPredicate<String, JsonNode> translate) {
		JsonNode content = read();
		String language = content.get("language").asString();
		int count = 0;
		for (JsonNode entry : content.path(part)) {
			if (translate.test(language, entry)) {
				count++;
			}
		}
		return count;
	}

	public static JsonNode read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

}
