package org.cohesion.portal.casework.casefile;

import java.util.Arrays;
import java.util.Optional;

/** HTCDS {@code per_RoleInProcess}. */
public enum PerpetratorRole {

	TravellingPartner, Transporter, RecruiterOrIntermediary, BrokerTravelAgent, TransferredIndividual,
	HarbouredIndividual, SoldIndividual, BoughtIndividual, ReceivedIndividual, ControlledIndividual, Smuggler, Abuser,
	Kidnapper, Exploiter, Other;

	public String messageKey() {
		return "mnr.case.perpetrator.role." + name();
	}

	static Optional<PerpetratorRole> parse(String value) {
		return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
	}

}
