package org.cohesion.portal.casework.alert;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The value lists of the identification interview. Each value's {@link Choice#htcds()} is
 * its HTCDS 2.0 value name (what is stored and exchanged); its French label is the
 * message {@code mnr.screening.<list>.<value name>}.
 */
public final class Indicators {

	private Indicators() {
	}

	/** A value of a list. */
	public interface Choice {

		String name();

		String htcds();

		String list();

		default String messageKey() {
			return "mnr.screening." + list() + "." + htcds();
		}

	}

	/** The act (the law's first element): what was done to the person. */
	public enum Act implements Choice {

		RECRUITMENT("Recruitment"), TRANSPORT("Transport"), TRANSFER("Transfer"), HARBOURING("Harbouring"),
		RECEIPT("Receipt");

		private final String htcds;

		Act(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "act";
		}

	}

	/** The means (HTCDS {@code vic_MethodsOfControl}). */
	public enum Means implements Choice {

		PHYSICAL_THREATS("PhysicalThreats"), THREATS_LAW_ENFORCEMENT("ThreatsLawEnforcement"),
		THREATENS_CHILDREN_FAMILY("ThreatensChildrenFamily"), DEBT_BONDAGE("DebtBondage"),
		FALSE_PROMISES("FalsePromises"), PHYSICAL_ABUSE("PhysicalAbuse"), SEXUAL_ABUSE("SexualAbuse"),
		TAKES_EARNINGS("TakesEarnings"), RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess"),
		RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare"), WITHHOLDS_NECESSITIES("WithholdsNecessities"),
		PSYCHOLOGICAL_ABUSE("PsychologicalAbuse"), PSYCHOACTIVE_SUBSTANCE("PsychoactiveSubstance"),
		EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours"), WITHHOLDS_DOCUMENTS("WithholdsDocuments"), OTHER("Other");

		private final String htcds;

		Means(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "means";
		}

	}

	/** The purpose (HTCDS {@code vic_TypeOfExploitation}). */
	public enum Exploitation implements Choice {

		FORCED_LABOUR("ForcedLabour"), SEXUAL_EXPLOITATION("SexualExploitation"), CHILD_LABOUR("ChildLabour"),
		FORCED_MARRIAGE("ForcedMarriage"), SERVITUDE("Servitude"), FORCED_MILITARY("ForcedMilitaryByNonStateActors"),
		ORGAN_REMOVAL("OrganRemoval"), FORCED_BEGGING("ForcedBegging"), FORCED_ADOPTION("ForcedAdoption"),
		SURROGACY("Surrogacy"), OTHER("Other");

		private final String htcds;

		Exploitation(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "exploitation";
		}

	}

	/** HTCDS {@code vic_ForcedLabourIndustry} (ISIC sections). */
	public enum Industry implements Choice {

		A("A_AgricultureForestryAndFishing"), B("B_MiningAndQuarrying"), C("C_Manufacturing"),
		D("D_ElectricityGasSteamAndAirConditioningSupply"), E("E_WaterSupplySewerageWasteManagement"),
		F("F_Construction"), G("G_WholesaleAndRetailTradeRepairOfMotorVehicles"), H("H_TransportationAndStorage"),
		I("I_AccommodationAndFoodServiceActivities"), J("J_InformationAndCommunication"),
		K("K_FinancialAndInsuranceActivities"), L("L_RealEstateActivities"),
		M("M_ProfessionalScientificAndTechnicalActivities"), N("N_AdministrativeAndSupportServiceActivities"),
		O("O_PublicAdministrationAndDefence"), P("P_Education"), Q("Q_HumanHealthAndSocialWorkActivities"),
		R("R_ArtsEntertainmentAndRecreation"), S("S_OtherServiceActivities"), T("T_ActivitiesOfHouseholdsAsEmployers"),
		U("U_ActivitiesOfExtraterritorialOrganizations");

		private final String htcds;

		Industry(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "industry";
		}

	}

	/** HTCDS {@code vic_TypeOfSexExploitation}. */
	public enum SexExploitation implements Choice {

		PROSTITUTION("Prostitution"), PORNOGRAPHY("Pornography"), REMOTE_INTERACTIVE("RemoteInteractiveServices"),
		PRIVATE_SEXUAL_SERVICES("PrivateSexualServices");

		private final String htcds;

		SexExploitation(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "sex";
		}

	}

	/** HTCDS {@code vic_MethodOfRecruitment}. */
	public enum Recruitment implements Choice {

		PLACE_OF_BUSINESS("AtAPlaceOfBusiness"), EDUCATIONAL_INSTITUTION("AtAnEducationalInstitution"),
		AT_WORK("AtWork"), ONLINE_SOCIAL_NETWORKS("ThroughOnlineSocialNetworks"),
		ONLINE_ADVERTISEMENT("ThroughAnOnlineAdvertisement"), TELEVISION_ADVERT("ThroughATelevisionAdvert"),
		NEWSPAPER_ADVERT("ThroughANewspaperAdvert"), FAMILY("ThroughFamilyOrFamilyEvents"),
		FRIENDS("ThroughFriendsOrSocialEvents"), OTHER("Other");

		private final String htcds;

		Recruitment(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "recruitment";
		}

	}

	/** HTCDS {@code vic_RelationshipToTrafficker}. */
	public enum Relationship implements Choice {

		FAMILIAL("Familial"), ACQUAINTED("Acquainted"), UNACQUAINTED("Unaquainted");

		private final String htcds;

		Relationship(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "relationship";
		}

	}

	/** HTCDS {@code vic_Vulnerabilities}. */
	public enum Vulnerability implements Choice {

		ADDICTION("Addiction"), SOCIAL_GROUP("SocialGroup"), DISCRIMINATION("Discrimination"), POVERTY("Poverty"),
		DISABILITY("DisabilityAndPhysicalHealth"), MENTAL_HEALTH("MentalHealth"), MIGRATION("Migration"),
		HOMELESSNESS("Homelessness"), ABUSE_SOCIAL_MEDIA("AbuseSocialMedia"), ABUSE_PHYSICAL("AbusePhysical"),
		EDUCATION("Education"), WORK_ENVIRONMENT("WorkEnvironment");

		private final String htcds;

		Vulnerability(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "vulnerability";
		}

	}

	/** HTCDS {@code hte_Type}. */
	public enum EventType implements Choice {

		RECRUITMENT("Recruitment"), TRANSIT("Transit"), EXPLOITATION("Exploitation");

		private final String htcds;

		EventType(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "event";
		}

	}

	/** HTCDS {@code vic_TraffickingStatus}: the interview's outcome. */
	public enum Status implements Choice {

		/** Presumed victim: the case file opens. */
		POSSIBLE("PossibleVictimOfTrafficking"),
		/** Identified victim, certified by a prosecutor or a magistrate. */
		ACTUAL("ActualVictimOfTrafficking"),
		/** Not a victim: oriented to other services; no case file. */
		NOT_A_VICTIM("NotAVictimOfTrafficking");

		private final String htcds;

		Status(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "status";
		}

	}

	/** HTCDS {@code vic_TraffickingStatusDecisionMakingOrg}. */
	public enum DecisionOrg implements Choice {

		POLICE("Police"), NGO("NGO"), COURT_OR_PROSECUTION("CourtOrProsecution"),
		NON_POLICE_GOVERNMENTAL("NonPoliceGovernmentalOrganization"), OTHER("Other");

		private final String htcds;

		DecisionOrg(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "decisionOrg";
		}

	}

	/** Who certified an identified victim's status. */
	public enum Authority implements Choice {

		PROSECUTOR("Prosecutor"), MAGISTRATE("Magistrate");

		private final String htcds;

		Authority(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "authority";
		}

	}

	/** Where a person who is not a victim of trafficking is oriented. */
	public enum Orientation implements Choice {

		CHILD_PROTECTION("ChildProtection"), LABOUR("Labour"), MIGRATION("Migration"), OTHER("Other");

		private final String htcds;

		Orientation(String htcds) {
			this.htcds = htcds;
		}

		@Override
		public String htcds() {
			return htcds;
		}

		@Override
		public String list() {
			return "orientation";
		}

	}

	/** The value with this HTCDS name, or null. */
	static <E extends Enum<E> & Choice> @Nullable E of(Class<E> type, @Nullable String htcds) {
		if (htcds == null || htcds.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(value -> value.htcds().equals(htcds.strip()))
			.findFirst()
			.orElse(null);
	}

	/** The values named in a form's or a column's list; unknown names are dropped. */
	static <E extends Enum<E> & Choice> Set<E> set(Class<E> type, @Nullable List<String> htcds) {
		EnumSet<E> values = EnumSet.noneOf(type);
		if (htcds != null) {
			htcds.stream().map(name -> of(type, name)).filter(java.util.Objects::nonNull).forEach(values::add);
		}
		return values;
	}

	static <E extends Enum<E> & Choice> Set<E> column(Class<E> type, @Nullable String stored) {
		return set(type, stored == null || stored.isBlank() ? List.of() : List.of(stored.split(",")));
	}

	static String column(Set<? extends Choice> values) {
		return values.stream().map(Choice::htcds).collect(Collectors.joining(","));
	}

	static List<String> names(Set<? extends Choice> values) {
		return List.copyOf(new LinkedHashSet<>(values.stream().map(Choice::htcds).toList()));
	}

}
