package org.cohesion.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchDatesTests {

	@Test
	void writesDatesTheFrenchWay() {
		assertThat(FrenchDates.longDate(LocalDate.of(2024, 2, 2), Locale.FRENCH)).isEqualTo("2 février 2024");
		assertThat(FrenchDates.longDate(LocalDate.of(2024, 3, 1), Locale.FRENCH)).isEqualTo("1er mars 2024");
		assertThat(FrenchDates.longDate(LocalDate.of(2024, 8, 15), Locale.FRENCH)).isEqualTo("15 août 2024");
	}

	@Test
	void writesEnglishDatesForTheEnglishBundle() {
		assertThat(FrenchDates.longDate(LocalDate.of(2024, 2, 2), Locale.ENGLISH)).isEqualTo("2 February 2024");
	}

	@Test
	void usesTheSiteTimeZoneForTheDay() {
		Instant lateEvening = Instant.parse("2024-02-02T23:30:00Z");
		assertThat(FrenchDates.longDate(lateEvening, ZoneId.of("Africa/Abidjan"), Locale.FRENCH))
			.isEqualTo("2 février 2024");
		assertThat(FrenchDates.longDate(lateEvening, ZoneId.of("Africa/Lagos"), Locale.FRENCH))
			.isEqualTo("3 février 2024");
	}

	@Test
	void capitalisesMonthHeadings() {
		assertThat(FrenchDates.monthYear(2025, 3, Locale.FRENCH, true)).isEqualTo("Mars 2025");
		assertThat(FrenchDates.monthYear(2025, 12, Locale.FRENCH, false)).isEqualTo("décembre 2025");
	}

}
