package org.cohesion.portal.casework.transfer;

import java.util.Locale;

/** Where a transfer stands. */
public enum TransferStatus {

	REQUESTED, ACCEPTED, DECLINED;

	public String messageKey() {
		return "mnr.transfer.status." + name().toLowerCase(Locale.ROOT);
	}

}
