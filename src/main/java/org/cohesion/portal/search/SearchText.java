package org.cohesion.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and quoted phrases of what a reader typed. Everything but letters, digits and
 * apostrophes inside words is ignored, so no query syntax can be injected: {@code *},
 * {@code (}, {@code \}, {@code ~} are just spaces.
 *
 * @param words single words (with their elided article, "l’aide", left to the analyzer)
 * @param phrases the texts between double quotes
 */
public record SearchText(List<String> words, List<String> phrases) {

	public static final int MAX_LENGTH = 200;

	public static final int MAX_TERMS = 12;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

	private static final Pattern PHRASE = Pattern.compile("[\"«“]([^\"»”]*)[\"»”]");

	public static SearchText parse(String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearch(InvalidSearch.Reason.TOO_LONG);
		}
		List<String> phrases = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher phrase = PHRASE.matcher(text);
		int last = 0;
		while (phrase.find()) {
			rest.append(text, last, phrase.start()).append(' ');
			List<String> inside = words(phrase.group(1));
			if (inside.size() == 1) {
				rest.append(inside.get(0)).append(' ');
			}
			else if (!inside.isEmpty()) {
				phrases.add(String.join(" ", inside));
			}
			last = phrase.end();
		}
		rest.append(text.substring(last));
		List<String> words = words(rest.toString());
		if (words.isEmpty() && phrases.isEmpty()) {
			throw new InvalidSearch(InvalidSearch.Reason.EMPTY);
		}
		if (words.size() + phrases.size() > MAX_TERMS) {
			throw new InvalidSearch(InvalidSearch.Reason.TOO_MANY_WORDS);
		}
		return new SearchText(List.copyOf(words), List.copyOf(phrases));
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

}
