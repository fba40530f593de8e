package org.cohesion.portal.i18n;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages the public site speaks ({@code portal.languages}, e.g. {@code fr,en}).
 * The default language ({@code portal.default-language}, French) is the one content is
 * written in and the one whose pages have no prefix; every other language has its pages
 * under {@code /<language>/…} ({@code /en/actualites}).
 */
public final class Languages {

	private final String defaultLanguage;

	private final List<String> all;

	public Languages(String defaultLanguage, List<String> configured) {
		this.defaultLanguage = defaultLanguage;
		var languages = new java.util.ArrayList<String>();
		languages.add(defaultLanguage);
		for (String language : configured) {
			String clean = language.strip().toLowerCase(Locale.ROOT);
			if (clean.matches("[a-z]{2,3}") && !languages.contains(clean)) {
				languages.add(clean);
			}
		}
		this.all = List.copyOf(languages);
	}

	/** The default language first, then the others in the configured order. */
	public List<String> all() {
		return all;
	}

	/** The languages content can be translated into. */
	public List<String> translations() {
		return all.subList(1, all.size());
	}

	public String defaultLanguage() {
		return defaultLanguage;
	}

	public boolean isDefault(String language) {
		return defaultLanguage.equals(language);
	}

	public boolean supports(@Nullable String language) {
		return language != null && all.contains(language);
	}

	/** {@code /en} for English, empty for the default language. */
	public String prefix(String language) {
		return isDefault(language) ? "" : "/" + language;
	}

	/**
	 * The address of a page in {@code language}: {@code /actualites} →
	 * {@code /en/actualites}.
	 */
	public String path(String language, String path) {
		String prefix = prefix(language);
		if (path.isEmpty()) {
			return prefix;
		}
		if (prefix.isEmpty() || !path.startsWith("/") || path.startsWith("//")) {
			return path;
		}
		return "/".equals(path) ? prefix + "/" : prefix + path;
	}

}
