package org.cohesion.portal.casework.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether an interview's answers meet the legal definition of trafficking in persons: for
 * an adult an act, a means and a purpose; for a child (under 18) an act and a purpose,
 * whatever the means. Guidance only: the case worker and, for an identified victim, the
 * prosecutor or magistrate decide.
 */
public final class LegalDefinition {

	private LegalDefinition() {
	}

	/** The missing elements: {@code act}, {@code means}, {@code purpose}. */
	public record Guidance(boolean met, boolean child, List<String> missing) {

		/** The message key of the sentence that sums it up. */
		public String messageKey() {
			return met ? (child ? "mnr.screening.guidance.metChild" : "mnr.screening.guidance.met")
					: "mnr.screening.guidance.notMet";
		}

	}

	public static Guidance assess(Set<Indicators.Act> acts, Set<Indicators.Means> means,
			Set<Indicators.Exploitation> purposes, boolean child) {
		List<String> missing = new ArrayList<>();
		if (acts.isEmpty()) {
			missing.add("act");
		}
		if (!child && means.isEmpty()) {
			missing.add("means");
		}
		if (purposes.isEmpty()) {
			missing.add("purpose");
		}
		return new Guidance(missing.isEmpty(), child, List.copyOf(missing));
	}

}
