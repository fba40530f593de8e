package org.cohesion.portal.casework.crypto;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * The one spelling that a blind index is computed on, so that « N’Guessan », « n'guessan
 * » and « NGUESSAN » find each other, and « 07 07 12 34 56 » is « +2250707123456 ».
 */
public final class Normalise {

	/** Côte d'Ivoire: a number written without a country code is read as +225. */
	public static final String DEFAULT_REGION = "CI";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`´]");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Normalise() {
	}

	/**
	 * Lower case, without accents, apostrophes dropped (« N’Guessan » is « nguessan »),
	 * hyphens and other punctuation as single spaces.
	 */
	public static String name(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String text = value.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
		text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		text = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
		return SEPARATORS.matcher(text).replaceAll(" ").trim();
	}

	/** The words of a name, in alphabetical order: « Yao Kouassi » is « Kouassi Yao ». */
	public static List<String> nameTokens(@Nullable String value) {
		String normalised = name(value);
		if (normalised.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normalised.split(" ")).distinct().sorted().toList();
	}

	/** The whole name, words in alphabetical order. */
	public static String fullName(@Nullable String value) {
		return String.join(" ", nameTokens(value));
	}

	/**
	 * E.164 (« +2250707123456 »), reading a number without a country code as Ivorian;
	 * {@code null} when it is not a possible phone number.
	 */
	public static @Nullable String phone(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		try {
			Phonenumber.PhoneNumber number = util.parse(value.trim(), DEFAULT_REGION);
			if (!util.isPossibleNumber(number)) {
				return null;
			}
			return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/** ISO 8601 (« 2009-03-14 »). */
	public static String date(LocalDate date) {
		return date.toString();
	}

}
