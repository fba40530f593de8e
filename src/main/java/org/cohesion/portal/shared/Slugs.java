package org.cohesion.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns a French title into a URL segment. Accents are transliterated ("Journée" gives
 * "journee", never "journe"), ligatures are spelled out, apostrophes and punctuation
 * become hyphens.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String slugify(String text) {
		String expanded = text.replace("œ", "oe")
			.replace("Œ", "Oe")
			.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("ß", "ss")
			.replace("&", " et ");
		String decomposed = Normalizer.normalize(expanded, Normalizer.Form.NFKD);
		StringBuilder slug = new StringBuilder(decomposed.length());
		boolean pendingHyphen = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			char lower = Character.toLowerCase(c);
			if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
				if (pendingHyphen && slug.length() > 0) {
					slug.append('-');
				}
				pendingHyphen = false;
				slug.append(lower);
			}
			else {
				pendingHyphen = true;
			}
		}
		String result = slug.toString();
		if (result.length() > MAX_LENGTH) {
			int cut = result.lastIndexOf('-', MAX_LENGTH);
			result = result.substring(0, cut > 20 ? cut : MAX_LENGTH);
		}
		return result.isEmpty() ? "sans-titre" : result.toLowerCase(Locale.ROOT);
	}

	/**
	 * The slug of {@code text}, suffixed with -2, -3… until {@code taken} no longer
	 * matches.
	 */
	public static String unique(String text, Predicate<String> taken) {
		String base = slugify(text);
		String candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

}
