package org.cohesion.portal.casework.staff;

import java.util.Locale;

/**
 * The kind of body an organisation is, as HTCDS 2.0's {@code org_Type} lists them (the
 * code is the HTCDS value, for exchanges).
 */
public enum OrganisationType {

	NGO("NGO"), LAW_ENFORCEMENT("LawEnforcement"), HEALTH_SERVICE("HealthServiceOrganisation"),
	CENTRAL_GOVERNMENT("CentralGovernmentOrganisation"), LOCAL_GOVERNMENT("LocalGovernmentOrganisation"),
	IMMIGRATION_SERVICE("ImmigrationService"), LEGAL_SERVICE("LegalService"), CORPORATE_BUSINESS("CorporateBusiness"),
	SCHOOL_OR_COLLEGE("SchoolOrCollege");

	private final String htcdsCode;

	OrganisationType(String htcdsCode) {
		this.htcdsCode = htcdsCode;
	}

	/** The HTCDS {@code org_Type} value. */
	public String htcdsCode() {
		return htcdsCode;
	}

	public String messageKey() {
		return "mnr.orgType." + name().toLowerCase(Locale.ROOT);
	}

}
