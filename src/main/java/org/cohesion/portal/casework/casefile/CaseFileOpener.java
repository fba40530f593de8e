package org.cohesion.portal.casework.casefile;

import org.cohesion.portal.casework.alert.ScreeningConcluded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the case file when a screening concludes: synchronously, in the screening's
 * transaction (the outcome and the file commit or fail together).
 */
@Component
class CaseFileOpener {

	private final CaseFiles cases;

	CaseFileOpener(CaseFiles cases) {
		this.cases = cases;
	}

	@EventListener
	void on(ScreeningConcluded concluded) {
		cases.open(concluded);
	}

}
