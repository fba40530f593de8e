package org.cohesion.portal.casework.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.cohesion.portal.casework.staff.CaseworkPermission.ALERT_SCREEN;
import static org.cohesion.portal.casework.staff.CaseworkPermission.AUDIT_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.BREAK_GLASS;
import static org.cohesion.portal.casework.staff.CaseworkPermission.BREAK_GLASS_REVIEW;
import static org.cohesion.portal.casework.staff.CaseworkPermission.CAPACITY_UPDATE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.CASE_CLOSE_APPROVE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.CASE_CLOSE_REQUEST;
import static org.cohesion.portal.casework.staff.CaseworkPermission.CASE_EXPORT;
import static org.cohesion.portal.casework.staff.CaseworkPermission.CONSENT_RECORD;
import static org.cohesion.portal.casework.staff.CaseworkPermission.DIRECTORY_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.KEYS_MANAGE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.ORGANISATIONS_MANAGE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_CREATE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_EDIT;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.RECORDS_MERGE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.REFERRAL_ANSWER;
import static org.cohesion.portal.casework.staff.CaseworkPermission.REFERRAL_OVERRIDE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.REFERRAL_SEND;
import static org.cohesion.portal.casework.staff.CaseworkPermission.RECORD_EXPORT;
import static org.cohesion.portal.casework.staff.CaseworkPermission.REFERENCE_LISTS_MANAGE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.STATISTICS_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.USERS_MANAGE;

/**
 * The one role of a casework user, and the permission matrix (docs/SECURITY.md shows the
 * same table; {@code CaseworkPermissionMatrixTests} holds the two together).
 */
public enum CaseworkRole {

	/**
	 * First-line actor (police, gendarmerie, labour inspection, social worker, NGO):
	 * records alerts, sees what they recorded.
	 */
	AGENT_IDENTIFICATION(PERSON_CREATE, PERSON_READ, PERSON_EDIT, DIRECTORY_READ),
	/** Case worker at the DLTP or a regional cell. */
	GESTIONNAIRE_CAS(PERSON_CREATE, PERSON_READ, PERSON_EDIT, ALERT_SCREEN, CONSENT_RECORD, BREAK_GLASS, DIRECTORY_READ,
			REFERRAL_SEND, CASE_CLOSE_REQUEST, CASE_EXPORT),
	/** Supervisor of a cell or of the DLTP. */
	SUPERVISEUR(PERSON_CREATE, PERSON_READ, PERSON_EDIT, ALERT_SCREEN, CONSENT_RECORD, RECORDS_MERGE, BREAK_GLASS,
			BREAK_GLASS_REVIEW, RECORD_EXPORT, STATISTICS_READ, DIRECTORY_READ, REFERRAL_SEND, REFERRAL_OVERRIDE,
			CASE_CLOSE_REQUEST, CASE_CLOSE_APPROVE, CASE_EXPORT),
	/** A service provider's staff: later, only what is referred to its organisation. */
	PRESTATAIRE(PERSON_READ, DIRECTORY_READ, CAPACITY_UPDATE, REFERRAL_ANSWER),
	/** Aggregates only, never an individual record. */
	ANALYSTE(STATISTICS_READ),
	/** Users, organisations, reference lists and keys: no case content. */
	ADMINISTRATEUR_MNR(USERS_MANAGE, ORGANISATIONS_MANAGE, REFERENCE_LISTS_MANAGE, KEYS_MANAGE, DIRECTORY_READ),
	/** The audit trail only. */
	AUDITEUR(AUDIT_READ);

	/** The authority every fully signed-in casework user has, whatever the role. */
	public static final String SIGNED_IN_AUTHORITY = "MNR_SIGNED_IN";

	private final Set<CaseworkPermission> permissions;

	CaseworkRole(CaseworkPermission... permissions) {
		this.permissions = Set.copyOf(EnumSet.copyOf(Arrays.asList(permissions)));
	}

	public Set<CaseworkPermission> permissions() {
		return permissions;
	}

	public boolean permits(CaseworkPermission permission) {
		return permissions.contains(permission);
	}

	/** {@code MNR_SIGNED_IN}, {@code MNR_ROLE_SUPERVISEUR} and one per permission. */
	public List<String> authorities() {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(SIGNED_IN_AUTHORITY, "MNR_ROLE_" + name()),
					permissions.stream().sorted().map(CaseworkPermission::authority))
			.toList();
	}

	/**
	 * Whether a user of this role may belong to an organisation of that kind: case
	 * workers and supervisors at the DLTP or a cell, providers' staff at a provider,
	 * first-line agents at a first-line actor or a provider (an NGO does both), the
	 * transversal roles at the DLTP or a cell.
	 */
	public boolean allowedIn(OrganisationKind kind) {
		return switch (this) {
			case AGENT_IDENTIFICATION ->
				kind == OrganisationKind.ACTEUR_PREMIERE_LIGNE || kind == OrganisationKind.PRESTATAIRE;
			case PRESTATAIRE -> kind == OrganisationKind.PRESTATAIRE;
			case GESTIONNAIRE_CAS, SUPERVISEUR, ANALYSTE, ADMINISTRATEUR_MNR, AUDITEUR ->
				kind == OrganisationKind.DLTP || kind == OrganisationKind.CELLULE_REGIONALE;
		};
	}

	/** The message key of the role's French name ({@code mnr.role.superviseur}). */
	public String messageKey() {
		return "mnr.role." + name().toLowerCase(Locale.ROOT);
	}

}
