package org.cohesion.portal.casework.person;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The short lists of the person form: citizenships (ISO 3166) and languages (ISO 639) met
 * most often by the mechanism; the labels are messages ({@code mnr.country.CI},
 * {@code mnr.language.dyu}). A value outside the list is stored as nothing.
 */
final class Choices {

	static final List<String> COUNTRIES = List.of("CI", "BF", "ML", "GH", "GN", "NG", "TG", "BJ", "NE", "LR", "SN",
			"CM", "XX");

	static final List<String> LANGUAGES = List.of("fr", "en", "dyu", "bci", "bm", "mos", "ha", "ak", "ff", "ee", "yo",
			"xx");

	private Choices() {
	}

	static @Nullable String country(@Nullable String code) {
		return code != null && COUNTRIES.contains(code) ? code : null;
	}

	static @Nullable String language(@Nullable String code) {
		return code != null && LANGUAGES.contains(code) ? code : null;
	}

	/** JPEG or PNG, by content. */
	static boolean isImage(byte[] bytes) {
		boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
				&& (bytes[2] & 0xff) == 0xff;
		boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
				&& bytes[3] == 'G';
		return jpeg || png;
	}

}
