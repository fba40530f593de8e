package org.cohesion.portal.casework.casefile;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.person.NameProtection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The person pages hide the name of a person whose case is a child's or one of sexual
 * exploitation; revealing it there is appended to the timeline of their cases.
 */
@Component
class CaseNameProtection implements NameProtection {

	private final CaseFiles cases;

	CaseNameProtection(CaseFiles cases) {
		this.cases = cases;
	}

	@Override
	public boolean protects(long personId) {
		return cases.protectsPerson(personId);
	}

	@Override
	public void revealed(Caseworker who, @Nullable String ip, long personId) {
		cases.personNameRevealed(who, personId);
	}

}
