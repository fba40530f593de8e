package org.cohesion.portal.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * The language of one public request and what a controller learnt about the page's other
 * languages. {@link LanguagePrefixFilter} creates it from the URL prefix; a controller
 * that shows translated content says which translations exist ({@link #translations}) or
 * that it fell back to the original ({@link #fallback}); the layout reads it when it
 * renders the {@code hreflang} alternates, the canonical link and the language switch.
 */
public final class PageLanguage {

	static final String ATTRIBUTE = PageLanguage.class.getName();

	private final Languages languages;

	private final String language;

	private final String path;

	private @Nullable Map<String, String> translations;

	private @Nullable String fallbackLanguage;

	PageLanguage(Languages languages, String language, String path) {
		this.languages = languages;
		this.language = language;
		this.path = path;
	}

	/** The request's language, or null outside the public site (back office, errors). */
	public static @Nullable PageLanguage of(ServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof PageLanguage page ? page : null;
	}

	/** The language of the request ({@code fr} when it went through no prefix). */
	public static String language(ServletRequest request, String defaultLanguage) {
		PageLanguage page = of(request);
		return page != null ? page.language : defaultLanguage;
	}

	/** The language the reader asked for (the URL's). */
	public String language() {
		return language;
	}

	public Languages languages() {
		return languages;
	}

	/** The path without its language prefix ({@code /actualites}). */
	public String path() {
		return path;
	}

	/**
	 * The page's content exists in these languages, at these unprefixed paths (each
	 * language's own slug): {@code fr → /actualites/journee, en → /actualites/day}.
	 */
	public void translations(Map<String, String> pathsByLanguage) {
		this.translations = new LinkedHashMap<>(pathsByLanguage);
	}

	/**
	 * The content is not translated into the reader's language: the page shows the
	 * original, in {@code originalLanguage}, at {@code originalPath}.
	 */
	public void fallback(String originalLanguage, String originalPath) {
		this.fallbackLanguage = originalLanguage;
		this.translations = new LinkedHashMap<>(Map.of(originalLanguage, originalPath));
	}

	/** The language of the content shown when it is not the reader's, else null. */
	public @Nullable String fallbackLanguage() {
		return fallbackLanguage;
	}

	public boolean isFallback() {
		return fallbackLanguage != null;
	}

	/**
	 * The {@code hreflang} alternates, prefixed paths by language: only languages in
	 * which the page really exists. Pages made only of the site's frame (lists, home)
	 * exist in every language.
	 */
	public Map<String, String> alternates() {
		Map<String, String> alternates = new LinkedHashMap<>();
		if (translations == null) {
			for (String other : languages.all()) {
				alternates.put(other, languages.path(other, path));
			}
		}
		else {
			for (String other : languages.all()) {
				String translated = translations.get(other);
				if (translated != null) {
					alternates.put(other, languages.path(other, translated));
				}
			}
		}
		return alternates;
	}

	/**
	 * Where the language switch goes for each language: the translation where there is
	 * one, otherwise the same page in that language (which then says it falls back).
	 */
	public Map<String, String> switchTargets() {
		Map<String, String> targets = new LinkedHashMap<>();
		Map<String, String> existing = alternates();
		for (String other : languages.all()) {
			String original = translations != null && !translations.isEmpty() ? translations.values().iterator().next()
					: path;
			targets.put(other, existing.getOrDefault(other, languages.path(other, original)));
		}
		return targets;
	}

	/**
	 * The canonical path: the original's on a fallback page (so search engines never see
	 * the same text twice), the page's own otherwise.
	 */
	public String canonicalPath() {
		if (fallbackLanguage != null && translations != null) {
			return languages.path(fallbackLanguage, translations.get(fallbackLanguage));
		}
		return languages.path(language, path);
	}

}
