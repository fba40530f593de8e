package org.cohesion.portal.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Journée mondiale | journee-mondiale",
			"Éducation : l’État s’engage à Bouaké | education-l-etat-s-engage-a-bouake",
			"« Cohésion sociale » : une caravane à Korhogo ! | cohesion-sociale-une-caravane-a-korhogo",
			"Œuvres sociales et cœur à l’ouvrage | oeuvres-sociales-et-coeur-a-l-ouvrage",
			"Solidarité / Intempéries | solidarite-intemperies", "1 200 ménages sinistrés | 1-200-menages-sinistres",
			"Santé & protection | sante-et-protection", "   --- | sans-titre" })
	void transliteratesAccentsInsteadOfDroppingThem(String title, String slug) {
		assertThat(Slugs.slugify(title)).isEqualTo(slug);
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.slugify("Atelier national de validation de la stratégie de protection sociale "
				+ "des ménages vulnérables et des personnes handicapées");
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").endsWith("-des-menages");
	}

	@Test
	void uniqueSlugAddsANumberWhenTaken() {
		Set<String> taken = Set.of("caravane", "caravane-2");
		assertThat(Slugs.unique("Caravane", taken::contains)).isEqualTo("caravane-3");
	}

}
