package org.cohesion.portal.casework.alert;

import java.util.Set;

import org.cohesion.portal.casework.alert.Indicators.Act;
import org.cohesion.portal.casework.alert.Indicators.Exploitation;
import org.cohesion.portal.casework.alert.Indicators.Means;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal definition as guidance: act, means and purpose; for a child, no means. */
class LegalDefinitionTests {

	@Test
	void anAdultNeedsAnActAMeansAndAPurpose() {
		assertThat(LegalDefinition
			.assess(Set.of(Act.RECRUITMENT), Set.of(Means.DEBT_BONDAGE), Set.of(Exploitation.FORCED_LABOUR), false)
			.met()).isTrue();
		LegalDefinition.Guidance withoutMeans = LegalDefinition.assess(Set.of(Act.RECRUITMENT), Set.of(),
				Set.of(Exploitation.FORCED_LABOUR), false);
		assertThat(withoutMeans.met()).isFalse();
		assertThat(withoutMeans.missing()).containsExactly("means");
	}

	@Test
	void aChildNeedsOnlyAnActAndAPurpose() {
		LegalDefinition.Guidance child = LegalDefinition.assess(Set.of(Act.HARBOURING), Set.of(),
				Set.of(Exploitation.SERVITUDE), true);
		assertThat(child.met()).isTrue();
		assertThat(child.messageKey()).isEqualTo("mnr.screening.guidance.metChild");
	}

	@Test
	void whatIsMissingIsNamedForAdultsAndChildren() {
		assertThat(LegalDefinition.assess(Set.of(), Set.of(), Set.of(), false).missing()).containsExactly("act",
				"means", "purpose");
		assertThat(LegalDefinition.assess(Set.of(), Set.of(), Set.of(), true).missing()).containsExactly("act",
				"purpose");
		assertThat(
				LegalDefinition.assess(Set.of(Act.TRANSPORT), Set.of(Means.FALSE_PROMISES), Set.of(), false).missing())
			.containsExactly("purpose");
	}

	@Test
	void meansDoNotMakeUpForAMissingPurposeOrAct() {
		assertThat(LegalDefinition
			.assess(Set.of(), Set.of(Means.PHYSICAL_THREATS, Means.WITHHOLDS_DOCUMENTS),
					Set.of(Exploitation.FORCED_BEGGING), true)
			.met()).isFalse();
	}

}
