package org.cohesion.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

	public static JsonNode read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

}
