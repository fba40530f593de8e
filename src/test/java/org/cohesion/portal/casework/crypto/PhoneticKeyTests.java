package org.cohesion.portal.casework.crypto;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticKeyTests {

	@ParameterizedTest(name = "{0} sounds like {1}")
	@CsvSource({ "Kouassi, Kwasi", "Koffi, Kofi", "N'Guessan, Nguessan", "N’GUESSAN, nguessan", "Traoré, Traore",
			"Ouattara, Watara", "Diabaté, Jabate", "Coulibaly, Kulibali", "Kouakou, Kwaku", "Kouamé, Kwame",
			"Ouédraogo, Wedraogo", "Yao, Yaho", "Touré, Ture", "Djédjé, Jéjé", "Chérif, Sherif" })
	void spellingsOfOneNameShareAKey(String one, String other) {
		assertThat(PhoneticKey.ofWord(one)).isEqualTo(PhoneticKey.ofWord(other));
	}

	@ParameterizedTest(name = "{0} is not {1}")
	@CsvSource({ "Kouassi, Koffi", "Yao, Yeo", "Konan, Koné", "Traoré, Touré", "Bamba, Bah", "Kouamé, Kouadio",
			"Diallo, Diarra", "Ouattara, Outtara" })
	void differentNamesKeepDifferentKeys(String one, String other) {
		assertThat(PhoneticKey.ofWord(one)).isNotEqualTo(PhoneticKey.ofWord(other));
	}

	@ParameterizedTest
	@CsvSource({ "Yao Kouassi, Kwasi Yao", "Aya N'Guessan-Koffi, Nguessan Kofi Aya" })
	void aNameIsItsWordsInAnyOrder(String one, String other) {
		assertThat(PhoneticKey.ofName(one)).isEqualTo(PhoneticKey.ofName(other));
	}

}
