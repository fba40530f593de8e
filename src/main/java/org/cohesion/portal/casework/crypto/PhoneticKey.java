package org.cohesion.portal.casework.crypto;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A sound-alike key for names as they are written in Côte d'Ivoire and its neighbours,
 * where one name reaches the records in French, English or phonetic spellings: Kouassi
 * and Kwasi, Koffi and Kofi, N'Guessan and Nguessan, Ouattara and Watara, Diabaté and
 * Jabate, Coulibaly and Kulibali. Soundex and the French phonetic algorithms are built
 * for other names and merge or split these wrongly; the rules here are few and written
 * for them: French « ou » before a vowel is the English « w », « c/qu » are « k », «
 * dj/di+vowel » are « j », « gu » before e/i is « g », doubled letters count once, a
 * silent « h » is dropped. The key is only ever stored as a blind index.
 */
public final class PhoneticKey {

	private record Rule(Pattern pattern, String replacement) {
	}

	// Order matters: an original « x » is spelled out before « ch/sh » take its place as
	// « X » (upper case, so that no later rule touches it).
	private static final List<Rule> RULES = List.of(rule("x", "ks"), rule("t?sch|t?ch|sh", "X"), rule("ph", "f"),
			rule("ck|qu?", "k"), rule("c(?=[eiy])", "s"), rule("c", "k"), rule("dj|dy", "j"), rule("di(?=[aeou])", "j"),
			rule("gu(?=[eiy])", "g"), rule("gn", "ny"), rule("ou(?=[aeiy])", "w"), rule("ou", "u"),
			rule("(?<=[^aeiou])y", "i"), rule("h", ""), rule("(.)\\1+", "$1"));

	private PhoneticKey() {
	}

	private static Rule rule(String regex, String replacement) {
		return new Rule(Pattern.compile(regex), replacement);
	}

	/** The key of one word (already normalised or not). */
	public static String ofWord(@Nullable String word) {
		String key = Normalise.name(word).replace(" ", "");
		for (Rule rule : RULES) {
			key = rule.pattern().matcher(key).replaceAll(rule.replacement());
		}
		return key;
	}

	/** One key per word of the name, in alphabetical order of the words' keys. */
	public static List<String> ofName(@Nullable String name) {
		return Normalise.nameTokens(name).stream().map(PhoneticKey::ofWord).distinct().sorted().toList();
	}

}
