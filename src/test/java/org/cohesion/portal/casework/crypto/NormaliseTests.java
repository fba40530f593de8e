package org.cohesion.portal.casework.crypto;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliseTests {

	@ParameterizedTest
	@CsvSource({ "N’Guessan, nguessan", "'  Amani   N''GUESSAN ', amani nguessan", "Aké-Béhi, ake behi",
			"Traoré, traore", "Œuvrard, oeuvrard" })
	void namesLoseAccentsCaseApostrophesAndExtraSpaces(String written, String normalised) {
		assertThat(Normalise.name(written)).isEqualTo(normalised);
	}

	@Test
	void aFullNameIgnoresTheOrderOfItsWords() {
		assertThat(Normalise.fullName("Yao Kouassi Ange")).isEqualTo(Normalise.fullName("KOUASSI ange yao"))
			.isEqualTo("ange kouassi yao");
	}

	@ParameterizedTest
	@CsvSource({ "07 07 12 34 56, +2250707123456", "+225 07 07 12 34 56, +2250707123456",
			"00225-0707123456, +2250707123456", "(+225) 0707 123 456, +2250707123456",
			"+33 6 12 34 56 78, +33612345678" })
	void phonesBecomeE164WithIvorianDefault(String written, String e164) {
		assertThat(Normalise.phone(written)).isEqualTo(e164);
	}

	@Test
	void somethingThatIsNotAPhoneHasNoNormalForm() {
		assertThat(Normalise.phone("appeler le voisin")).isNull();
		assertThat(Normalise.phone("12")).isNull();
		assertThat(Normalise.phone(" ")).isNull();
	}

	@Test
	void datesAreIso() {
		assertThat(Normalise.date(LocalDate.of(2009, 3, 14))).isEqualTo("2009-03-14");
	}

}
