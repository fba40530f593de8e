package org.cohesion.portal.casework.transfer;

import org.cohesion.portal.casework.casefile.CaseClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a pending transfer when its case closes: synchronously, in the closing transaction
 * (the closure and the declined transfer commit or fail together).
 */
@Component
class TransfersEndWithTheCase {

	private final Transfers transfers;

	TransfersEndWithTheCase(Transfers transfers) {
		this.transfers = transfers;
	}

	@EventListener
	void on(CaseClosed closed) {
		transfers.endPendingOf(closed);
	}

}
