package org.cohesion.portal.casework.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Access;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.alert.Indicators.Act;
import org.cohesion.portal.casework.alert.Indicators.Authority;
import org.cohesion.portal.casework.alert.Indicators.DecisionOrg;
import org.cohesion.portal.casework.alert.Indicators.EventType;
import org.cohesion.portal.casework.alert.Indicators.Exploitation;
import org.cohesion.portal.casework.alert.Indicators.Industry;
import org.cohesion.portal.casework.alert.Indicators.Means;
import org.cohesion.portal.casework.alert.Indicators.Orientation;
import org.cohesion.portal.casework.alert.Indicators.Recruitment;
import org.cohesion.portal.casework.alert.Indicators.Relationship;
import org.cohesion.portal.casework.alert.Indicators.SexExploitation;
import org.cohesion.portal.casework.alert.Indicators.Status;
import org.cohesion.portal.casework.alert.Indicators.Vulnerability;
import org.cohesion.portal.casework.alert.ScreeningForms.ConclusionForm;
import org.cohesion.portal.casework.alert.ScreeningForms.EventForm;
import org.cohesion.portal.casework.alert.ScreeningForms.IndicatorsForm;
import org.cohesion.portal.casework.alert.ScreeningForms.PersonQuickForm;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.person.PersonForm;
import org.cohesion.portal.casework.person.PersonRecords;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The identification interview's use cases. The interview is read and changed by the case
 * worker who took the alert and by the cell's supervisors ({@link AccessPolicy});
 * everyone else gets 404. Concluding on a presumed or identified victim publishes
 * {@link ScreeningConcluded} in the same casework transaction: the case file opens with
 * the outcome, or neither is saved.
 */
@Service
public class Screenings {

	static final int MAX_TEXT = 200;

	static final int MAX_NOTES = 20_000;

	private final ScreeningRepository screenings;

	private final ScreeningEventRepository events;

	private final AlertRepository alerts;

	private final Alerts alertRecords;

	private final PersonRecords people;

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final AccessPolicy policy;

	private final CaseworkAudit audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Screenings(ScreeningRepository screenings, ScreeningEventRepository events, AlertRepository alerts,
			Alerts alertRecords, PersonRecords people, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			FieldCipher cipher, AccessPolicy policy, CaseworkAudit audit, ApplicationEventPublisher publisher,
			Clock clock) {
		this.screenings = screenings;
		this.events = events;
		this.alerts = alerts;
		this.alertRecords = alertRecords;
		this.people = people;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.policy = policy;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	// ---- reading

	/** The interview page, if this user may see it; else 404. */
	@CaseworkTransactional
	public ScreeningView view(Caseworker who, @Nullable String ip, String ref) {
		Screening screening = find(ref);
		Access access = policy.require(who, scope(screening));
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "screening", ref, "entretien d’identification")
			.through(access.grantRef()));
		return view(screening, who, access);
	}

	private ScreeningView view(Screening screening, Caseworker who, Access access) {
		Alert alert = alerts.findById(screening.getAlertId()).orElseThrow(RecordNotFoundException::new);
		Long personId = screening.getPersonId();
		String personCode = null;
		boolean child = false;
		if (personId != null) {
			Map<String, Object> person = jdbc.queryForMap("select code, is_child from mnr_person where id = ?",
					personId);
			personCode = (String) person.get("code");
			child = Boolean.TRUE.equals(person.get("is_child"));
		}
		IndicatorsForm indicators = new IndicatorsForm(Indicators.names(screening.getActs()),
				Indicators.names(screening.getMeans()), Indicators.names(screening.getPurposes()),
				screening.getIndustry() == null ? "" : screening.getIndustry().htcds(),
				Indicators.names(screening.getSexExploitation()), Indicators.names(screening.getRecruitment()),
				decrypt(screening, Screening.Field.RECRUITMENT_PLACE),
				screening.getRelationship() == null ? "" : screening.getRelationship().htcds(),
				Indicators.names(screening.getVulnerabilities()),
				decrypt(screening, Screening.Field.VULNERABILITY_DETAILS), decrypt(screening, Screening.Field.NOTES),
				screening.getVersion());
		List<ScreeningView.Event> told = events.findByScreeningIdOrderByDateAscIdAsc(screening.getId())
			.stream()
			.map(event -> new ScreeningView.Event(event.getRef(),
					event.getType() == null ? "" : event.getType().messageKey(),
					text(cipher.decrypt(event.getPlace(), eventBinding(event, "hte_place"))), event.getDate(),
					text(cipher.decrypt(event.getDescription(), eventBinding(event, "hte_description")))))
			.toList();
		ScreeningView.Outcome outcome = null;
		Status status = screening.getOutcome();
		if (status != null) {
			Authority authority = screening.getAuthority();
			Orientation orientation = screening.getOrientation();
			DecisionOrg org = screening.getDecisionOrg();
			Long decider = screening.getConcludedBy();
			outcome = new ScreeningView.Outcome(status.messageKey(), status.name(), org == null ? "" : org.messageKey(),
					authority == null ? null : authority.messageKey(),
					decrypt(screening, Screening.Field.AUTHORITY_REFERENCE),
					orientation == null ? null : orientation.messageKey(),
					decrypt(screening, Screening.Field.ORIENTATION_NOTE), screening.getDecidedOn(),
					decider == null ? "" : alertRecords.userName(decider), screening.getConcludedAt());
		}
		boolean open = screening.getStatus() == Screening.State.OPEN;
		boolean editable = open && !access.breakGlass() && who.may(CaseworkPermission.ALERT_SCREEN);
		return new ScreeningView(screening.getRef(), alert.getRef(), alert.getRegion(),
				alertRecords.decrypt(alert, Alert.Field.LOCALITY), alert.getObservedAt(), alert.getPeopleCount(),
				needKeys(alert), alertRecords.userName(screening.getScreenerId()),
				alertRecords.organisationCode(screening.getOrganisationId()), personCode, child, open, editable,
				indicators,
				LegalDefinition.assess(screening.getActs(), screening.getMeans(), screening.getPurposes(), child), told,
				outcome, screening.getVersion(), EventForm.empty(),
				ConclusionForm.empty(LocalDate.now(clock).toString()), PersonQuickForm.empty(), Map.of(), false);
	}

	// ---- for the prosecutor's case file (casework.dossier)

	/**
	 * The interview's outcome and coded indicators, as message keys, for the case file
	 * printed from the case it opened. No check here: the caller checked the case.
	 */
	public record ForCaseFile(List<String> actKeys, List<String> meansKeys, List<String> purposeKeys,
			@Nullable String industryKey, List<String> sexExploitationKeys, List<String> vulnerabilityKeys,
			ScreeningView.@Nullable Outcome outcome, @Nullable String assessmentKey) {
	}

	@CaseworkTransactional(readOnly = true)
	public java.util.Optional<ForCaseFile> forCaseFile(String screeningRef, boolean child) {
		return screenings.findByRef(screeningRef).map(screening -> {
			Status status = screening.getOutcome();
			ScreeningView.Outcome outcome = null;
			if (status != null) {
				Authority authority = screening.getAuthority();
				DecisionOrg org = screening.getDecisionOrg();
				outcome = new ScreeningView.Outcome(status.messageKey(), status.name(),
						org == null ? "" : org.messageKey(), authority == null ? null : authority.messageKey(),
						decrypt(screening, Screening.Field.AUTHORITY_REFERENCE), null, "", screening.getDecidedOn(), "",
						screening.getConcludedAt());
			}
			return new ForCaseFile(keys(screening.getActs()), keys(screening.getMeans()), keys(screening.getPurposes()),
					screening.getIndustry() == null ? null : screening.getIndustry().messageKey(),
					keys(screening.getSexExploitation()), keys(screening.getVulnerabilities()), outcome,
					LegalDefinition.assess(screening.getActs(), screening.getMeans(), screening.getPurposes(), child)
						.messageKey());
		});
	}

	private static List<String> keys(Set<? extends Indicators.Choice> values) {
		return values.stream().map(Indicators.Choice::messageKey).toList();
	}

	// ---- the person record

	/** Links a person record this user may see, by its code. */
	@CaseworkTransactional
	public Map<String, String> linkPerson(Caseworker who, @Nullable String ip, String ref, @Nullable String code) {
		Screening screening = editable(who, ref);
		String wanted = text(code).strip().toUpperCase(java.util.Locale.ROOT);
		RecordScope personScope = wanted.isEmpty() ? null : people.scopeOf(wanted);
		// a record out of scope is answered as one that does not exist
		if (personScope == null || !AccessPolicy.inScope(who, personScope)) {
			return Map.of("personCode", "mnr.screening.error.personCode");
		}
		link(who, ip, screening, wanted);
		return Map.of();
	}

	/**
	 * Opens a person record through the person records' own use case (encrypted, indexed,
	 * audited) and links it.
	 * @return the problems of the form (field → message key), empty when linked
	 */
	@CaseworkTransactional
	public Map<String, String> createPerson(Caseworker who, @Nullable String ip, String ref, PersonQuickForm form) {
		Screening screening = editable(who, ref);
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			throw new RecordNotFoundException();
		}
		PersonForm person = new PersonForm(form.firstName(), form.secondName(), "", form.birthdate(), form.age(), "",
				form.gender(), "", "", "", form.mobilePhone(), "", "", "", "", LocalDate.now(clock).toString(), null);
		PersonRecords.Result result = people.create(who, ip, person, null);
		if (!result.isSaved() || result.code() == null) {
			return result.errors();
		}
		link(who, ip, screening, result.code());
		return Map.of();
	}

	private void link(Caseworker who, @Nullable String ip, Screening screening, String code) {
		Long personId = jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, code);
		screening.linkPerson(personId, clock);
		screenings.saveAndFlush(screening);
		audit.record(who, ip,
				AuditEvent.of(AuditAction.UPDATE, "screening", screening.getRef(), "fiche personne liée : " + code));
	}

	// ---- indicators

	/**
	 * Saves the indicators if nobody saved the interview since the form was opened;
	 * otherwise a conflict that keeps what was typed.
	 * @return the problems (field → message key), or {@code conflict}
	 */
	@CaseworkTransactional
	public Map<String, String> record(Caseworker who, @Nullable String ip, String ref, IndicatorsForm form) {
		Screening screening = editable(who, ref);
		Map<String, String> errors = new LinkedHashMap<>();
		tooLong(form.recruitmentPlace(), MAX_TEXT, "recruitmentPlace", errors);
		tooLong(form.vulnerabilityDetails(), MAX_NOTES, "vulnerabilityDetails", errors);
		tooLong(form.notes(), MAX_NOTES, "notes", errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		if (form.version() == null || form.version() != screening.getVersion()) {
			audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "screening", ref, "version enregistrée (conflit)"));
			return Map.of("conflict", "mnr.screening.conflict");
		}
		screening.record(Indicators.set(Act.class, form.acts()), Indicators.set(Means.class, form.means()),
				Indicators.set(Exploitation.class, form.purposes()), Indicators.of(Industry.class, form.industry()),
				Indicators.set(SexExploitation.class, form.sexExploitation()),
				Indicators.set(Recruitment.class, form.recruitment()),
				Indicators.of(Relationship.class, form.relationship()),
				Indicators.set(Vulnerability.class, form.vulnerabilities()), clock);
		screening.encrypted(Screening.Field.RECRUITMENT_PLACE,
				encrypt(form.recruitmentPlace(), screening, Screening.Field.RECRUITMENT_PLACE));
		screening.encrypted(Screening.Field.VULNERABILITY_DETAILS,
				encrypt(form.vulnerabilityDetails(), screening, Screening.Field.VULNERABILITY_DETAILS));
		screening.encrypted(Screening.Field.NOTES, encrypt(form.notes(), screening, Screening.Field.NOTES));
		screenings.saveAndFlush(screening);
		audit.record(who, ip,
				AuditEvent.of(AuditAction.UPDATE, "screening", ref,
						"indicateurs (vic_MethodsOfControl, vic_TypeOfExploitation, vic_MethodOfRecruitment,"
								+ " vic_Vulnerabilities, notes)"));
		return Map.of();
	}

	// ---- places and dates

	@CaseworkTransactional
	public Map<String, String> addEvent(Caseworker who, @Nullable String ip, String ref, EventForm form) {
		Screening screening = editable(who, ref);
		Map<String, String> errors = new LinkedHashMap<>();
		EventType type = Indicators.of(EventType.class, form.type());
		if (type == null) {
			errors.put("eventType", "mnr.screening.error.eventType");
		}
		LocalDate date = null;
		String day = text(form.date()).strip();
		if (!day.isEmpty()) {
			try {
				date = LocalDate.parse(day);
				if (date.isAfter(LocalDate.now(clock)) || date.getYear() < 1950) {
					errors.put("eventDate", "mnr.screening.error.eventDate");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("eventDate", "mnr.screening.error.eventDate");
			}
		}
		if (text(form.place()).isBlank()) {
			errors.put("eventPlace", "mnr.screening.error.eventPlace");
		}
		tooLong(form.place(), MAX_TEXT, "eventPlace", errors);
		tooLong(form.description(), MAX_NOTES, "eventDescription", errors);
		if (!errors.isEmpty() || type == null) {
			return errors;
		}
		ScreeningEvent event = new ScreeningEvent(screening.getId(), type, date, clock);
		event.encrypted(cipher.encrypt(blankToNull(form.place()), eventBinding(event, "hte_place")),
				cipher.encrypt(blankToNull(form.description()), eventBinding(event, "hte_description")));
		events.saveAndFlush(event);
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "screening", ref, "lieu et date ajoutés (hte_)"));
		return Map.of();
	}

	@CaseworkTransactional
	public void removeEvent(Caseworker who, @Nullable String ip, String ref, String eventRef) {
		Screening screening = editable(who, ref);
		ScreeningEvent event = events.findByRef(eventRef)
			.filter(found -> found.getScreeningId() == screening.getId())
			.orElseThrow(RecordNotFoundException::new);
		events.delete(event);
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "screening", ref, "lieu et date retirés (hte_)"));
	}

	// ---- conclusion

	/** What concluding gave: the problems, or the outcome. */
	public record Conclusion(Map<String, String> errors, @Nullable Status outcome) {
	}

	/**
	 * Concludes the interview, once. A presumed or identified victim publishes
	 * {@link ScreeningConcluded} (the case file opens in this transaction).
	 */
	@CaseworkTransactional
	public Conclusion conclude(Caseworker who, @Nullable String ip, String ref, ConclusionForm form) {
		Screening screening = editable(who, ref);
		Map<String, String> errors = new LinkedHashMap<>();
		Status outcome = Indicators.of(Status.class, form.outcome());
		DecisionOrg org = Indicators.of(DecisionOrg.class, form.decisionOrg());
		Authority authority = Indicators.of(Authority.class, form.authority());
		Orientation orientation = Indicators.of(Orientation.class, form.orientation());
		if (outcome == null) {
			errors.put("outcome", "mnr.screening.error.outcome");
		}
		if (org == null) {
			errors.put("decisionOrg", "mnr.screening.error.decisionOrg");
		}
		LocalDate decided = null;
		try {
			decided = LocalDate.parse(text(form.decidedOn()).strip());
			if (decided.isAfter(LocalDate.now(clock))) {
				errors.put("decidedOn", "mnr.screening.refused.decidedOn");
			}
		}
		catch (DateTimeParseException ex) {
			errors.put("decidedOn", "mnr.screening.error.decidedOn");
		}
		if (outcome == Status.ACTUAL) {
			if (authority == null) {
				errors.put("authority", "mnr.screening.error.authority");
			}
			if (text(form.authorityReference()).isBlank()) {
				errors.put("authorityReference", "mnr.screening.error.authorityReference");
			}
			if (org != null && org != DecisionOrg.COURT_OR_PROSECUTION) {
				errors.put("decisionOrg", "mnr.screening.error.decisionOrgCourt");
			}
		}
		if (outcome == Status.NOT_A_VICTIM && orientation == null) {
			errors.put("orientation", "mnr.screening.error.orientation");
		}
		if (outcome != null && outcome != Status.NOT_A_VICTIM && screening.getPersonId() == null) {
			errors.put("personCode", "mnr.screening.refused.noPerson");
		}
		tooLong(form.authorityReference(), MAX_TEXT, "authorityReference", errors);
		tooLong(form.orientationNote(), MAX_NOTES, "orientationNote", errors);
		if (!errors.isEmpty() || outcome == null || org == null || decided == null) {
			return new Conclusion(errors, null);
		}
		if (outcome == Status.ACTUAL) {
			screening.encrypted(Screening.Field.AUTHORITY_REFERENCE,
					encrypt(form.authorityReference(), screening, Screening.Field.AUTHORITY_REFERENCE));
		}
		if (outcome == Status.NOT_A_VICTIM) {
			screening.encrypted(Screening.Field.ORIENTATION_NOTE,
					encrypt(form.orientationNote(), screening, Screening.Field.ORIENTATION_NOTE));
		}
		screening.conclude(outcome, org, authority, orientation, decided, who.userId(), clock);
		screenings.saveAndFlush(screening);
		Alert alert = alerts.findById(screening.getAlertId()).orElseThrow(RecordNotFoundException::new);
		alert.screened(clock);
		alerts.saveAndFlush(alert);
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "screening", ref,
				"conclusion : " + outcome.htcds() + " (" + org.htcds() + ")"));
		if (outcome != Status.NOT_A_VICTIM && screening.getPersonId() != null) {
			Map<String, Object> person = jdbc.queryForMap("select is_child from mnr_person where id = ?",
					screening.getPersonId());
			publisher.publishEvent(new ScreeningConcluded(ref, alert.getRef(), screening.getPersonId(),
					outcome == Status.ACTUAL, Boolean.TRUE.equals(person.get("is_child")),
					screening.getPurposes().contains(Exploitation.SEXUAL_EXPLOITATION), screening.getScreenerId(),
					screening.getOrganisationId(), clock.instant()));
		}
		return new Conclusion(Map.of(), outcome);
	}

	// ---- need-to-know

	/** The case worker who took the alert and the cell's supervisors. */
	static RecordScope scope(Screening screening) {
		return new RecordScope(screening.getRef(), screening.getScreenerId(), Set.of(), screening.getOrganisationId());
	}

	private Screening find(String ref) {
		return screenings.findByRef(ref).orElseThrow(RecordNotFoundException::new);
	}

	/** In scope (not through break-the-glass), allowed to screen, and still open. */
	private Screening editable(Caseworker who, String ref) {
		Screening screening = find(ref);
		Access access = policy.require(who, scope(screening));
		if (access.breakGlass() || !who.may(CaseworkPermission.ALERT_SCREEN)) {
			throw new RecordNotFoundException();
		}
		if (screening.getStatus() != Screening.State.OPEN) {
			throw new Refusal("mnr.screening.refused.concluded");
		}
		return screening;
	}

	/** The page after a refused form, with what was typed. */
	@CaseworkTransactional(readOnly = true)
	public ScreeningView again(Caseworker who, String ref, @Nullable IndicatorsForm indicators,
			@Nullable EventForm event, @Nullable ConclusionForm conclusion, @Nullable PersonQuickForm person,
			Map<String, String> errors) {
		Screening screening = find(ref);
		Access access = policy.require(who, scope(screening));
		ScreeningView view = view(screening, who, access);
		boolean conflict = errors.containsKey("conflict");
		IndicatorsForm typed = indicators == null ? view.indicators()
				: conflict
						? new IndicatorsForm(indicators.acts(), indicators.means(), indicators.purposes(),
								indicators.industry(), indicators.sexExploitation(), indicators.recruitment(),
								indicators.recruitmentPlace(), indicators.relationship(), indicators.vulnerabilities(),
								indicators.vulnerabilityDetails(), indicators.notes(), screening.getVersion())
						: indicators;
		return view.with(typed, event == null ? view.eventForm() : event,
				conclusion == null ? view.conclusionForm() : conclusion, person == null ? view.personForm() : person,
				errors, conflict);
	}

	private static List<String> needKeys(Alert alert) {
		List<String> keys = new java.util.ArrayList<>();
		if (alert.isNeedMedical()) {
			keys.add("mnr.alert.need.medical");
		}
		if (alert.isNeedShelter()) {
			keys.add("mnr.alert.need.shelter");
		}
		if (alert.isNeedFood()) {
			keys.add("mnr.alert.need.food");
		}
		if (alert.isNeedSafety()) {
			keys.add("mnr.alert.need.safety");
		}
		return keys;
	}

	private static void tooLong(@Nullable String value, int max, String name, Map<String, String> errors) {
		if (text(value).strip().length() > max) {
			errors.put(name, "mnr.screening.error.tooLong");
		}
	}

	private byte @Nullable [] encrypt(@Nullable String value, Screening screening, Screening.Field field) {
		return cipher.encrypt(blankToNull(value), binding(screening, field));
	}

	private String decrypt(Screening screening, Screening.Field field) {
		return text(cipher.decrypt(screening.encrypted(field), binding(screening, field)));
	}

	static FieldBinding binding(Screening screening, Screening.Field field) {
		return new FieldBinding("mnr_screening", field.column(), screening.getRef());
	}

	static FieldBinding eventBinding(ScreeningEvent event, String column) {
		return new FieldBinding("mnr_screening_event", column, event.getRef());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		String text = text(value).strip();
		return text.isEmpty() ? null : text;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
