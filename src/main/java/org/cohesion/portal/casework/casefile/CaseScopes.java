package org.cohesion.portal.casework.casefile;

import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.access.RecordScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The case file's part of {@link RecordScopes}: break-the-glass opens cases by code. */
@Component
class CaseScopes implements RecordScopes {

	private final CaseFiles cases;

	CaseScopes(CaseFiles cases) {
		this.cases = cases;
	}

	@Override
	public @Nullable RecordScope find(String code) {
		return cases.scopeOf(code);
	}

	@Override
	public String type(String code) {
		return "case";
	}

	@Override
	public String path(String code) {
		return "/mnr/dossiers/" + code;
	}

}
