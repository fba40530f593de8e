package org.cohesion.portal.casework.staff;

import java.util.Locale;

/** The place of an organisation in the mechanism. */
public enum OrganisationKind {

	/** The ministry's directorate against trafficking: national coordination. */
	DLTP,
	/** A regional cell of the national committee (Gontougo, Poro…). */
	CELLULE_REGIONALE,
	/**
	 * A first-line actor: police, gendarmerie, labour inspection, social service, NGO.
	 */
	ACTEUR_PREMIERE_LIGNE,
	/** A service provider: shelter, health, legal aid, psychosocial, reintegration. */
	PRESTATAIRE;

	public String messageKey() {
		return "mnr.orgKind." + name().toLowerCase(Locale.ROOT);
	}

}
