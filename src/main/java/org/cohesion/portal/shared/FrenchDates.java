package org.cohesion.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them on the site: "2 février 2024", "1er mars 2024" in French, "2
 * February 2024" in English.
 */
public final class FrenchDates {

	private static final DateTimeFormatter MONTH_YEAR_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_YEAR_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private FrenchDates() {
	}

	public static String longDate(LocalDate date, Locale locale) {
		if (!"fr".equals(locale.getLanguage())) {
			return LONG_EN.format(date);
		}
		String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
		return day + " " + MONTH_YEAR_FR.format(date);
	}

	public static String longDate(Instant instant, ZoneId zone, Locale locale) {
		return longDate(instant.atZone(zone).toLocalDate(), locale);
	}

	/** "février 2024" (or "February 2024"), capitalised when it starts a heading. */
	public static String monthYear(int year, int month, Locale locale, boolean capitalise) {
		LocalDate date = LocalDate.of(year, month, 1);
		String text = ("fr".equals(locale.getLanguage()) ? MONTH_YEAR_FR : MONTH_YEAR_EN).format(date);
		return capitalise ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
	}

}
