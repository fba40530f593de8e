package org.cohesion.portal.casework.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Access;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.access.RecordScope;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The alert's use cases. A first-line agent writes an alert (kept as a draft until sent;
 * the form's idempotency key makes a second submission find the first); sending routes it
 * at once to the cell whose region it names, else to the DLTP. Who sees an alert: its
 * author; once sent, the case workers of that cell while it waits in the queue; once
 * taken, the case worker who took it and the cell's supervisors ({@link AccessPolicy}).
 * Everyone else gets 404. Every read, list and change is audited.
 */
@Service
public class Alerts {

	static final int MAX_TEXT = 200;

	static final int MAX_CIRCUMSTANCES = 5_000;

	static final int LIST = 50;

	/** The region value that sends the alert to the DLTP. */
	static final String OTHER_REGION = "AUTRE";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");

	private final AlertRepository alerts;

	private final ScreeningRepository screenings;

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final AccessPolicy policy;

	private final CaseworkAudit audit;

	private final Clock clock;

	private final ZoneId zone;

	Alerts(AlertRepository alerts, ScreeningRepository screenings, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			FieldCipher cipher, AccessPolicy policy, CaseworkAudit audit, Clock clock, PlatformProperties platform) {
		this.alerts = alerts;
		this.screenings = screenings;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	// ---- the form

	/** A blank form with a fresh idempotency key, dated now. */
	public AlertViews.FormPage blank(Caseworker who) {
		requireCreator(who);
		ZonedDateTime now = clock.instant().atZone(zone);
		AlertForm form = new AlertForm(UUID.randomUUID().toString(), "", "", now.toLocalDate().toString(),
				String.format(Locale.ROOT, "%02d:%02d", now.getHour(), now.getMinute()), "", "", false, false, false,
				false, "", "", "", null);
		return new AlertViews.FormPage(form, Map.of(), regions(), null, false);
	}

	/** The form of a draft, for its author only. */
	@CaseworkTransactional
	public AlertViews.FormPage draftForm(Caseworker who, @Nullable String ip, String ref) {
		requireCreator(who);
		Alert alert = alerts.findByRef(ref).orElseThrow(RecordNotFoundException::new);
		if (alert.getStatus() != Alert.Status.DRAFT || alert.getAuthorId() != who.userId()) {
			throw new RecordNotFoundException();
		}
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "alert", ref, "brouillon (formulaire)"));
		return new AlertViews.FormPage(form(alert), Map.of(), regions(), ref, false);
	}

	/** The regions of the active cells, in order; the form adds "another region". */
	@CaseworkTransactional(readOnly = true)
	public List<String> regions() {
		return jdbc.queryForList("select distinct region from mnr_organisation where kind = 'CELLULE_REGIONALE'"
				+ " and active = true and region <> '' order by region", String.class);
	}

	/**
	 * What a submission gave: the alert's ref and whether it is sent (or was already:
	 * {@code replayed}), or the form again with its problems ({@code draftRef} set when
	 * what could be kept was kept as a draft), or a conflict with a newer save of the
	 * same draft.
	 */
	public record Submission(@Nullable String ref, boolean sent, boolean replayed,
			AlertViews.@Nullable FormPage refused) {

		public boolean accepted() {
			return refused == null;
		}

	}

	/**
	 * Saves the form as a draft, or sends it. A form whose key already made an alert
	 * changes that alert while it is a draft, and otherwise only shows it: one alert per
	 * form, however many times it is sent.
	 */
	@CaseworkTransactional
	public Submission submit(Caseworker who, @Nullable String ip, AlertForm form, boolean send) {
		requireCreator(who);
		String key = AlertForm.text(form.key()).strip();
		if (!KEY.matcher(key).matches()) {
			return refused(form, Map.of("key", "mnr.alert.error.key"), null, false);
		}
		Optional<Alert> existing = alerts.findByIdempotencyKey(key);
		if (existing.isPresent() && existing.get().getAuthorId() != who.userId()) {
			throw new RecordNotFoundException();
		}
		if (existing.isPresent() && existing.get().getStatus() != Alert.Status.DRAFT) {
			Alert alert = existing.get();
			audit.record(who, ip,
					AuditEvent.of(AuditAction.VIEW, "alert", alert.getRef(), "renvoi du même formulaire"));
			return new Submission(alert.getRef(), true, true, null);
		}
		if (existing.isPresent() && form.version() != null && form.version() != existing.get().getVersion()) {
			Alert alert = existing.get();
			audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "alert", alert.getRef(), "brouillon (conflit)"));
			return refused(form.withVersion(alert.getVersion()), Map.of(), alert.getRef(), true);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Valid valid = validate(form, errors);
		if (!errors.isEmpty()) {
			// nothing typed is lost: the form comes back as typed; nothing is saved
			return refused(form, errors, existing.map(Alert::getRef).orElse(null), false);
		}
		Alert alert = existing.orElseGet(() -> new Alert(key, who.userId(), who.organisationId(), clock));
		boolean created = existing.isEmpty();
		apply(alert, valid);
		Map<String, String> missing = send ? missing(valid) : Map.of();
		if (send && missing.isEmpty()) {
			long cell = route(valid.region());
			alert.send(cell, clock);
			alerts.saveAndFlush(alert);
			audit.record(who, ip, AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, "alert",
					alert.getRef(), "envoyé à " + organisationCode(cell) + " (" + fieldsOf(valid) + ")"));
			return new Submission(alert.getRef(), true, false, null);
		}
		alerts.saveAndFlush(alert);
		audit.record(who, ip, AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, "alert", alert.getRef(),
				"brouillon (" + fieldsOf(valid) + ")"));
		if (!missing.isEmpty()) {
			return refused(form(alert), missing, alert.getRef(), false);
		}
		return new Submission(alert.getRef(), false, false, null);
	}

	/** The alert a form key made, if any, for its author: after a lost race. */
	@CaseworkTransactional(readOnly = true)
	public Optional<String> madeBy(Caseworker who, @Nullable String key) {
		return alerts.findByIdempotencyKey(AlertForm.text(key).strip())
			.filter(alert -> alert.getAuthorId() == who.userId())
			.map(Alert::getRef);
	}

	private Submission refused(AlertForm form, Map<String, String> errors, @Nullable String draftRef,
			boolean conflict) {
		return new Submission(draftRef, false, false,
				new AlertViews.FormPage(form, Map.copyOf(errors), regions(), draftRef, conflict));
	}

	// ---- reading

	/** The whole alert, if this user may see it; else 404. */
	@CaseworkTransactional
	public AlertViews.Details view(Caseworker who, @Nullable String ip, String ref) {
		Alert alert = alerts.findByRef(ref).orElseThrow(RecordNotFoundException::new);
		Access access = access(who, alert).orElseThrow(RecordNotFoundException::new);
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "alert", ref, "signalement").through(access.grantRef()));
		String screeningRef = null;
		if (alert.getStatus() != Alert.Status.DRAFT && alert.getStatus() != Alert.Status.SENT) {
			Screening screening = screenings.findByAlertId(alert.getId()).orElse(null);
			if (screening != null && AccessPolicy.inScope(who, Screenings.scope(screening))) {
				screeningRef = screening.getRef();
			}
		}
		return details(alert, who, screeningRef);
	}

	/**
	 * The alert page's lists: the alerts this user wrote; for case workers and
	 * supervisors, their cell's queue and the interviews they may see.
	 */
	@CaseworkTransactional
	public AlertViews.Lists lists(Caseworker who, @Nullable String ip) {
		if (!who.may(CaseworkPermission.PERSON_CREATE) && !who.may(CaseworkPermission.ALERT_SCREEN)) {
			throw new RecordNotFoundException();
		}
		List<Line> mine = lines(
				"select * from mnr_alert where author_id = ? order by updated_at desc, id desc limit " + LIST,
				who.userId());
		boolean screens = who.may(CaseworkPermission.ALERT_SCREEN);
		List<Line> queue = screens ? lines("select * from mnr_alert where routed_org_id = ? and status = 'SENT'"
				+ " order by sent_at, id limit " + LIST, who.organisationId()) : List.of();
		List<AlertViews.ScreeningLine> underway = List.of();
		List<AlertViews.ScreeningLine> concluded = List.of();
		if (screens) {
			boolean supervisor = who.role() == CaseworkRole.SUPERVISEUR;
			String scope = supervisor ? "s.organisation_id = ?" : "s.screener_id = ?";
			Object scopeArgument = supervisor ? who.organisationId() : who.userId();
			underway = screeningLines("where " + scope + " and s.status = 'OPEN' order by s.created_at", scopeArgument);
			concluded = screeningLines("where " + scope + " and s.status = 'CONCLUDED' order by s.concluded_at desc",
					scopeArgument);
		}
		audit.record(who, ip,
				AuditEvent.of(AuditAction.LIST, "alert-list", null,
						"signalements (" + mine.size() + " envoyés, " + queue.size() + " à traiter, " + underway.size()
								+ " entretiens en cours, " + concluded.size() + " conclus)"));
		return new AlertViews.Lists(mine.stream().map(Line::view).toList(), queue.stream().map(Line::view).toList(),
				underway, concluded, screens);
	}

	private record Line(AlertViews.Line view) {
	}

	private List<Line> lines(String sql, Object argument) {
		List<Long> ids = jdbc.queryForList(sql.replace("select *", "select id"), Long.class, argument);
		Map<Long, Alert> byId = new LinkedHashMap<>();
		alerts.findAllById(ids).forEach(alert -> byId.put(alert.getId(), alert));
		return ids.stream()
			.map(byId::get)
			.filter(java.util.Objects::nonNull)
			.map(alert -> new Line(line(alert)))
			.toList();
	}

	private AlertViews.Line line(Alert alert) {
		Long org = alert.getRoutedOrgId();
		return new AlertViews.Line(alert.getRef(), alert.getStatus().messageKey(), regionLabel(alert),
				decrypt(alert, Alert.Field.LOCALITY), alert.getObservedAt(), alert.getPeopleCount(), needs(alert),
				org == null ? "" : organisationCode(org), alert.getUpdatedAt());
	}

	private List<AlertViews.ScreeningLine> screeningLines(String where, Object argument) {
		List<Object[]> rows = jdbc
			.query("select s.ref, a.ref as alert_ref, s.trafficking_status, s.updated_at, u.display_name, a.id as alert_id"
					+ " from mnr_screening s join mnr_alert a on a.id = s.alert_id join mnr_user u on u.id = s.screener_id "
					+ where + " limit " + LIST,
					(rs, row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6) },
					argument);
		Map<Long, Alert> byId = new LinkedHashMap<>();
		alerts.findAllById(rows.stream().map(row -> (Long) row[5]).toList())
			.forEach(alert -> byId.put(alert.getId(), alert));
		List<AlertViews.ScreeningLine> lines = new ArrayList<>();
		for (Object[] row : rows) {
			Alert alert = byId.get((Long) row[5]);
			Indicators.Status outcome = Indicators.of(Indicators.Status.class, (String) row[2]);
			lines.add(new AlertViews.ScreeningLine((String) row[0], (String) row[1],
					alert == null ? "" : regionLabel(alert), alert == null ? "" : decrypt(alert, Alert.Field.LOCALITY),
					(String) row[4], outcome == null ? null : outcome.messageKey(), (Instant) row[3]));
		}
		return lines;
	}

	// ---- taking an alert

	/**
	 * A case worker of the alert's cell takes it from the queue: the interview opens,
	 * held by them.
	 * @return the interview's ref
	 */
	@CaseworkTransactional
	public String take(Caseworker who, @Nullable String ip, String ref) {
		Alert alert = alerts.findByRef(ref).orElseThrow(RecordNotFoundException::new);
		access(who, alert).orElseThrow(RecordNotFoundException::new);
		if (!who.may(CaseworkPermission.ALERT_SCREEN)) {
			throw new RecordNotFoundException();
		}
		alert.take(who.userId(), who.organisationId(), clock);
		alerts.saveAndFlush(alert);
		Screening screening = screenings.saveAndFlush(new Screening(alert.getId(), who.userId(),
				alert.getRoutedOrgId() == null ? who.organisationId() : alert.getRoutedOrgId(), clock));
		audit.record(who, ip, AuditEvent.of(AuditAction.UPDATE, "alert", ref, "pris en charge pour entretien"));
		audit.record(who, ip, AuditEvent.of(AuditAction.CREATE, "screening", screening.getRef(),
				"entretien ouvert sur le signalement " + ref));
		return screening.getRef();
	}

	// ---- need-to-know

	/**
	 * A draft: its author alone. Sent and waiting: its author, the supervisors of the
	 * cell it is routed to and, since they take alerts from the queue, its case workers.
	 * Taken or screened: its author, the case worker who took it, the cell's supervisors.
	 */
	Optional<Access> access(Caseworker who, Alert alert) {
		if (alert.getStatus() == Alert.Status.DRAFT) {
			return alert.getAuthorId() == who.userId() ? Optional.of(Access.IN_SCOPE) : Optional.empty();
		}
		Optional<Access> access = policy.access(who, scope(alert));
		if (access.isPresent()) {
			return access;
		}
		Long cell = alert.getRoutedOrgId();
		if (alert.getStatus() == Alert.Status.SENT && cell != null && cell == who.organisationId()
				&& who.may(CaseworkPermission.ALERT_SCREEN) && who.may(CaseworkPermission.PERSON_READ)) {
			return Optional.of(Access.IN_SCOPE);
		}
		return Optional.empty();
	}

	static RecordScope scope(Alert alert) {
		Long screener = alert.getScreenerId();
		Long cell = alert.getRoutedOrgId();
		return new RecordScope(alert.getRef(), alert.getAuthorId(), screener == null ? Set.of() : Set.of(screener),
				cell == null ? -1 : cell);
	}

	// ---- routing

	/** The active cell of this region, else the DLTP. */
	long route(String region) {
		List<Long> cells = region.isEmpty() || OTHER_REGION.equals(region) ? List.of()
				: jdbc.queryForList("select id from mnr_organisation where kind = 'CELLULE_REGIONALE' and active = true"
						+ " and region = ? order by id", Long.class, region);
		if (!cells.isEmpty()) {
			return cells.get(0);
		}
		return jdbc.queryForObject("select id from mnr_organisation where kind = 'DLTP' order by id limit 1",
				Long.class);
	}

	// ---- validation and encryption

	private record Valid(String region, Map<Alert.Field, String> texts, @Nullable Instant observedAt,
			@Nullable Integer peopleCount, boolean medical, boolean shelter, boolean food, boolean safety,
			Alert.@Nullable Accompaniment accompaniment) {
	}

	private Valid validate(AlertForm form, Map<String, String> errors) {
		String region = AlertForm.text(form.region()).strip();
		if (!region.isEmpty() && !OTHER_REGION.equals(region) && !regions().contains(region)) {
			errors.put("region", "mnr.alert.error.region");
			region = "";
		}
		Map<Alert.Field, String> texts = new LinkedHashMap<>();
		text(texts, Alert.Field.LOCALITY, form.locality(), MAX_TEXT, "locality", errors);
		text(texts, Alert.Field.CIRCUMSTANCES, form.circumstances(), MAX_CIRCUMSTANCES, "circumstances", errors);
		text(texts, Alert.Field.COMPANIONS, form.companions(), MAX_TEXT, "companions", errors);
		text(texts, Alert.Field.CONTACT, form.contact(), MAX_TEXT, "contact", errors);
		Instant observedAt = null;
		String date = AlertForm.text(form.observedDate()).strip();
		String time = AlertForm.text(form.observedTime()).strip();
		if (!date.isEmpty()) {
			try {
				LocalDate day = LocalDate.parse(date);
				LocalTime at = time.isEmpty() ? LocalTime.NOON : LocalTime.parse(time);
				observedAt = day.atTime(at).atZone(zone).toInstant();
				if (observedAt.isAfter(clock.instant().plusSeconds(3600)) || day.getYear() < 2000) {
					errors.put("observedDate", "mnr.alert.error.observedFuture");
					observedAt = null;
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("observedDate", "mnr.alert.error.observedDate");
			}
		}
		Integer people = null;
		String count = AlertForm.text(form.peopleCount()).strip();
		if (!count.isEmpty()) {
			try {
				people = Integer.parseInt(count);
				if (people < 1 || people > 999) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.put("peopleCount", "mnr.alert.error.peopleCount");
				people = null;
			}
		}
		Alert.Accompaniment accompaniment = null;
		String with = AlertForm.text(form.accompaniment()).strip();
		if (!with.isEmpty()) {
			try {
				accompaniment = Alert.Accompaniment.valueOf(with);
			}
			catch (IllegalArgumentException ex) {
				errors.put("accompaniment", "mnr.alert.error.accompaniment");
			}
		}
		return new Valid(region, texts, observedAt, people, AlertForm.checked(form.needMedical()),
				AlertForm.checked(form.needShelter()), AlertForm.checked(form.needFood()),
				AlertForm.checked(form.needSafety()), accompaniment);
	}

	/** What must be there before an alert is sent. */
	private static Map<String, String> missing(Valid valid) {
		Map<String, String> missing = new LinkedHashMap<>();
		if (valid.region().isEmpty()) {
			missing.put("region", "mnr.alert.error.required.region");
		}
		if (!valid.texts().containsKey(Alert.Field.LOCALITY)) {
			missing.put("locality", "mnr.alert.error.required.locality");
		}
		if (valid.observedAt() == null) {
			missing.put("observedDate", "mnr.alert.error.required.observed");
		}
		if (!valid.texts().containsKey(Alert.Field.CIRCUMSTANCES)) {
			missing.put("circumstances", "mnr.alert.error.required.circumstances");
		}
		if (valid.peopleCount() == null) {
			missing.put("peopleCount", "mnr.alert.error.required.peopleCount");
		}
		return missing;
	}

	private static void text(Map<Alert.Field, String> texts, Alert.Field field, @Nullable String value, int max,
			String name, Map<String, String> errors) {
		String text = AlertForm.text(value).strip();
		if (text.length() > max) {
			errors.put(name, "mnr.alert.error.tooLong");
		}
		else if (!text.isEmpty()) {
			texts.put(field, text);
		}
	}

	private void apply(Alert alert, Valid valid) {
		alert.describe(valid.region(), valid.observedAt(), valid.peopleCount(), valid.medical(), valid.shelter(),
				valid.food(), valid.safety(), valid.accompaniment(), clock);
		for (Alert.Field field : Alert.Field.values()) {
			alert.encrypted(field, cipher.encrypt(valid.texts().get(field), binding(alert, field)));
		}
	}

	private static String fieldsOf(Valid valid) {
		List<String> names = new ArrayList<>(List.of("region", "observed_at", "people_count", "needs"));
		valid.texts().keySet().forEach(field -> names.add(field.column()));
		return String.join(", ", names);
	}

	private AlertForm form(Alert alert) {
		Instant observed = alert.getObservedAt();
		ZonedDateTime at = observed == null ? null : observed.atZone(zone);
		return new AlertForm(alert.getIdempotencyKey(), alert.getRegion(), decrypt(alert, Alert.Field.LOCALITY),
				at == null ? "" : at.toLocalDate().toString(),
				at == null ? "" : String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()),
				decrypt(alert, Alert.Field.CIRCUMSTANCES),
				alert.getPeopleCount() == null ? "" : alert.getPeopleCount().toString(), alert.isNeedMedical(),
				alert.isNeedShelter(), alert.isNeedFood(), alert.isNeedSafety(),
				alert.getAccompaniment() == null ? "" : alert.getAccompaniment().name(),
				decrypt(alert, Alert.Field.COMPANIONS), decrypt(alert, Alert.Field.CONTACT), alert.getVersion());
	}

	private AlertViews.Details details(Alert alert, Caseworker who, @Nullable String screeningRef) {
		Long cell = alert.getRoutedOrgId();
		Long screener = alert.getScreenerId();
		boolean takeable = alert.getStatus() == Alert.Status.SENT && who.may(CaseworkPermission.ALERT_SCREEN)
				&& cell != null && cell == who.organisationId();
		return new AlertViews.Details(alert.getRef(), alert.getStatus().name(), alert.getStatus().messageKey(),
				regionLabel(alert), decrypt(alert, Alert.Field.LOCALITY), alert.getObservedAt(),
				decrypt(alert, Alert.Field.CIRCUMSTANCES), alert.getPeopleCount(), needs(alert),
				alert.getAccompaniment() == null ? null : alert.getAccompaniment().messageKey(),
				decrypt(alert, Alert.Field.COMPANIONS), decrypt(alert, Alert.Field.CONTACT),
				userName(alert.getAuthorId()), organisationCode(alert.getAuthorOrgId()),
				cell == null ? "" : organisationName(cell), alert.getSentAt(),
				screener == null ? "" : userName(screener), alert.getTakenAt(), alert.getCreatedAt(),
				alert.getUpdatedAt(), alert.getStatus() == Alert.Status.DRAFT && alert.getAuthorId() == who.userId(),
				takeable, screeningRef);
	}

	private static List<String> needs(Alert alert) {
		List<String> keys = new ArrayList<>();
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

	private static String regionLabel(Alert alert) {
		return OTHER_REGION.equals(alert.getRegion()) ? "" : alert.getRegion();
	}

	String decrypt(Alert alert, Alert.Field field) {
		String value = cipher.decrypt(alert.encrypted(field), binding(alert, field));
		return value == null ? "" : value;
	}

	static FieldBinding binding(Alert alert, Alert.Field field) {
		return new FieldBinding("mnr_alert", field.column(), alert.getRef());
	}

	String organisationCode(long id) {
		return jdbc.queryForList("select code from mnr_organisation where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse("");
	}

	private String organisationName(long id) {
		return jdbc.queryForList("select name from mnr_organisation where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse("");
	}

	String userName(long id) {
		return jdbc.queryForList("select display_name from mnr_user where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse("");
	}

	private static void requireCreator(Caseworker who) {
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			throw new RecordNotFoundException();
		}
	}

}
