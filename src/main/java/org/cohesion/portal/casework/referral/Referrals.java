package org.cohesion.portal.casework.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.Notifications;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseEventKind;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseViews;
import org.cohesion.portal.casework.consent.ConsentPurpose;
import org.cohesion.portal.casework.consent.Consents;
import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.directory.DirectoryViews.Filter;
import org.cohesion.portal.casework.directory.DirectoryViews.ServiceRow;
import org.cohesion.portal.casework.directory.ServiceDirectory;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.referral.ReferralViews.CasePage;
import org.cohesion.portal.casework.referral.ReferralViews.ForProvider;
import org.cohesion.portal.casework.referral.ReferralViews.Inbox;
import org.cohesion.portal.casework.referral.ReferralViews.InboxLine;
import org.cohesion.portal.casework.referral.ReferralViews.SendForm;
import org.cohesion.portal.casework.referral.ReferralViews.Sent;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Referrals, from both sides. The sender refers a case in scope to a provider's service;
 * the consent gate lets it go only when the person's consent to sharing with that
 * organisation (or a legal basis) is in force, otherwise only as an override by someone
 * allowed to, with a written reason that is audited and notified to the cell's
 * supervisors. The provider sees the referrals addressed to its organisation and, of
 * each, the fields the sender chose — nothing else, and nothing once the consent is
 * withdrawn or the referral revoked (404). A refused referral shows the provider its own
 * answer only; a done one keeps its shared fields for a short tail
 * ({@code portal.casework.referral-sharing-after-done}, 30 days by default), then only
 * what the provider recorded.
 */
@Service
public class Referrals {

	static final String TABLE = "mnr_referral";

	private final ReferralRepository referrals;

	private final CaseFiles cases;

	private final Consents consents;

	private final ServiceDirectory directory;

	private final PersonNames people;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final ReferralMail mail;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** How long a done referral's shared fields stay visible to its provider. */
	private final Duration sharingAfterDone;

	Referrals(ReferralRepository referrals, CaseFiles cases, Consents consents, ServiceDirectory directory,
			PersonNames people, FieldCipher cipher, CaseworkAudit audit, Notifications notifications, ReferralMail mail,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, Clock clock,
			@Value("${portal.casework.referral-sharing-after-done:30d}") Duration sharingAfterDone) {
		this.referrals = referrals;
		this.cases = cases;
		this.consents = consents;
		this.directory = directory;
		this.people = people;
		this.cipher = cipher;
		this.audit = audit;
		this.notifications = notifications;
		this.mail = mail;
		this.jdbc = jdbc;
		this.clock = clock;
		this.sharingAfterDone = sharingAfterDone.isNegative() ? Duration.ZERO : sharingAfterDone;
	}

	/** How many referrals exist (the demo runs once). */
	@CaseworkTransactional(readOnly = true)
	public long count() {
		return referrals.count();
	}

	// ---- the sender's side

	/** The case's referrals and the form to send one; 404 outside scope. */
	@CaseworkTransactional
	public CasePage casePage(Caseworker who, String caseCode, SendForm form, Map<String, String> errors) {
		require(who, CaseworkPermission.REFERRAL_SEND);
		CaseViews.ForReferral facts = cases.forReferral(who, caseCode);
		audit.record(AuditEvent.of(AuditAction.VIEW, "case", caseCode, "référencements"));
		List<ServiceRow> services = directory.search(new Filter(null, null, facts.child() ? "enfant" : null, false));
		Map<String, Boolean> consent = new LinkedHashMap<>();
		for (ServiceRow service : services) {
			consent.put(service.ref(),
					consents.allows(facts.personId(), ConsentPurpose.SHARING, service.organisationId()));
		}
		List<Sent> sent = referrals.findByCaseIdOrderBySentAtDesc(facts.caseId())
			.stream()
			.map(referral -> sent(referral, facts))
			.toList();
		return new CasePage(facts, sent, services, consent, form, errors,
				who.may(CaseworkPermission.REFERRAL_OVERRIDE));
	}

	/**
	 * Sends the referral, or returns the errors (message keys by field). The consent gate
	 * is checked here, on the server, whatever the form says.
	 */
	@CaseworkTransactional
	public Map<String, String> send(Caseworker who, String caseCode, SendForm form) {
		require(who, CaseworkPermission.REFERRAL_SEND);
		CaseViews.ForReferral facts = cases.forReferral(who, caseCode);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!facts.open()) {
			errors.put("case", "mnr.referral.error.closed");
			return errors;
		}
		ServiceRow service = form.serviceRef() == null ? null
				: directory.find(form.serviceRef()).filter(ServiceRow::active).orElse(null);
		if (service == null) {
			errors.put("serviceRef", "mnr.referral.error.service");
			return errors;
		}
		String notTaken = notTaken(service, facts);
		if (notTaken != null) {
			errors.put("serviceRef", notTaken);
			return errors;
		}
		Set<SharedField> shared = EnumSet.noneOf(SharedField.class);
		for (String field : form.fieldList()) {
			try {
				shared.add(SharedField.valueOf(field));
			}
			catch (IllegalArgumentException ex) {
				errors.put("fields", "mnr.referral.error.fields");
			}
		}
		if (form.text(form.note()).length() > 2000) {
			errors.put("note", "mnr.referral.error.noteTooLong");
		}
		boolean consented = consents.allows(facts.personId(), ConsentPurpose.SHARING, service.organisationId());
		ConsentGround ground = ConsentGround.CONSENT;
		if (!consented) {
			if (!form.override()) {
				errors.put("consent", "mnr.referral.error.noConsent");
			}
			else if (!who.may(CaseworkPermission.REFERRAL_OVERRIDE)) {
				errors.put("consent", "mnr.referral.error.noOverride");
			}
			else if (form.text(form.overrideReason()).strip().length() < 20) {
				errors.put("overrideReason", "mnr.referral.error.overrideReason");
			}
			ground = ConsentGround.OVERRIDE;
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Referral referral = new Referral(facts.caseId(), facts.code(), facts.personId(), facts.organisationId(),
				service.organisationId(), service.ref(), service.type(), form.urgent(), shared, ground, who.userId(),
				clock);
		String note = form.text(form.note()).strip();
		referral.noteToProvider(note.isEmpty() ? null : cipher.encrypt(note, binding(referral, "note_to_provider")));
		if (ground == ConsentGround.OVERRIDE) {
			referral.overrideReason(Objects.requireNonNull(
					cipher.encrypt(form.text(form.overrideReason()).strip(), binding(referral, "override_reason"))));
		}
		referrals.save(referral);
		audit.record(AuditEvent.of(AuditAction.CREATE, "referral", referral.getRef(),
				"référencement du dossier " + facts.code() + " ; partagé : " + shared + " ; fondement : " + ground));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.REFERRAL_SENT, service.type().name());
		if (ground == ConsentGround.OVERRIDE) {
			for (Long supervisor : usersOf(facts.organisationId(), "SUPERVISEUR")) {
				if (supervisor != who.userId()) {
					notifications.notify(supervisor, Notifications.Kind.REFERRAL_OVERRIDE, facts.code(),
							who.displayName());
				}
			}
		}
		for (Long staff : usersOf(service.organisationId(), "PRESTATAIRE")) {
			notifications.notify(staff, Notifications.Kind.REFERRAL_RECEIVED, referral.getRef(),
					who.organisationCode());
		}
		mail.referralAwaits(addressesOf(service.organisationId()), form.urgent());
		return errors;
	}

	/**
	 * The sender takes back an open referral: the provider sees nothing of it any more.
	 */
	@CaseworkTransactional
	public void revoke(Caseworker who, String caseCode, String ref) {
		require(who, CaseworkPermission.REFERRAL_SEND);
		CaseViews.ForReferral facts = cases.forReferral(who, caseCode);
		Referral referral = referrals.findByRef(ref)
			.filter(r -> r.getCaseId() == facts.caseId())
			.orElseThrow(RecordNotFoundException::new);
		referral.revoke(clock);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "referral", ref, "retiré"));
		cases.referralEvent(facts.caseId(), who, CaseEventKind.REFERRAL_REVOKED, referral.getServiceType().name());
	}

	// ---- for the prosecutor's case file (casework.dossier)

	/** A referral of a case as its printed case file shows it. */
	public record ForCaseFile(String providerName, String typeKey, String statusKey, boolean urgent,
			java.time.Instant sentAt, @Nullable Duration responseTime, String refusalReason, String outcome) {
	}

	/**
	 * The referrals of the case of this id and the services given, decrypted. No check
	 * and no audit here: the caller checked the case and audits the print.
	 */
	@CaseworkTransactional(readOnly = true)
	public List<ForCaseFile> forCaseFile(long caseId) {
		return referrals.findByCaseIdOrderBySentAtDesc(caseId)
			.stream()
			.map(referral -> new ForCaseFile(
					jdbc.queryForList("select name from mnr_organisation where id = ?", String.class,
							referral.getProviderOrganisationId())
						.stream()
						.findFirst()
						.orElse(""),
					referral.getServiceType().messageKey(), referral.getStatus().messageKey(), referral.isUrgent(),
					referral.getSentAt(), referral.responseTime(),
					decrypt(referral, "refusal_reason", referral.getRefusalReason()),
					decrypt(referral, "outcome", referral.getOutcome())))
			.toList();
	}

	// ---- the provider's side

	@CaseworkTransactional
	public Inbox inbox(Caseworker who) {
		require(who, CaseworkPermission.REFERRAL_ANSWER);
		audit.record(AuditEvent.of(AuditAction.LIST, "referral-inbox", null, "référencements reçus"));
		List<InboxLine> open = jdbc.query("select ref, case_code, service_type, urgent, status, sent_at from " + TABLE
				+ " where provider_organisation_id = ? and status in ('SENT', 'ACCEPTED', 'IN_PROGRESS')"
				+ " order by urgent desc, sent_at asc limit 200", (rs, row) -> line(rs), who.organisationId());
		List<InboxLine> closed = jdbc.query("select ref, case_code, service_type, urgent, status, sent_at from " + TABLE
				+ " where provider_organisation_id = ? and closed_at is not null and status in ('REFUSED', 'DONE')"
				+ " order by closed_at desc limit 20", (rs, row) -> line(rs), who.organisationId());
		return new Inbox(open, closed);
	}

	/**
	 * A referral addressed to the provider's organisation, with the shared fields only;
	 * else 404.
	 */
	@CaseworkTransactional
	public ForProvider forProvider(Caseworker who, String ref) {
		Referral referral = addressedTo(who, ref);
		audit.record(AuditEvent.of(AuditAction.VIEW, "referral", ref, "champs partagés " + referral.shared()));
		boolean ended = !sharing(referral);
		boolean withdrawn = !ended && referral.getGround() == ConsentGround.CONSENT && !consents
			.allows(referral.getPersonId(), ConsentPurpose.SHARING, referral.getProviderOrganisationId());
		Set<SharedField> shared = withdrawn || ended ? EnumSet.noneOf(SharedField.class) : referral.shared();
		PersonNames.Named named = shared.contains(SharedField.FIRST_NAME) || shared.contains(SharedField.FULL_NAME)
				? people.of(referral.getPersonId()).orElse(null) : null;
		PersonNames.Profile profile = shared.contains(SharedField.GENDER_AGE) || shared.contains(SharedField.LANGUAGES)
				|| shared.contains(SharedField.PHONE) ? people.profile(referral.getPersonId()).orElse(null) : null;
		CaseViews.ForReferral facts = shared.contains(SharedField.NEEDS) || shared.contains(SharedField.RISK_LEVEL)
				? cases.facts(referral.getCaseId()) : null;
		return new ForProvider(referral.getRef(), referral.getCaseCode(), referral.getServiceType(),
				referral.isUrgent(), referral.getStatus(), referral.getSentAt(), withdrawn,
				named != null ? named.firstName() : null,
				named != null && shared.contains(SharedField.FULL_NAME) ? named.name() : null,
				profile != null && shared.contains(SharedField.GENDER_AGE) ? profile.genderKey() : null,
				profile != null && shared.contains(SharedField.GENDER_AGE) ? profile.ageBand() : null,
				profile != null && shared.contains(SharedField.GENDER_AGE) ? profile.age() : null,
				profile != null && shared.contains(SharedField.GENDER_AGE) ? profile.child() : null,
				profile != null && shared.contains(SharedField.LANGUAGES) ? languages(profile) : null,
				profile != null && shared.contains(SharedField.PHONE) ? profile.mobilePhone() : null,
				facts != null && shared.contains(SharedField.NEEDS) ? facts.needKeys() : null,
				facts != null && shared.contains(SharedField.RISK_LEVEL) && facts.riskLevel() != null
						? facts.riskLevel().messageKey() : null,
				ended ? "" : decrypt(referral, "note_to_provider", referral.getNoteToProvider()),
				decrypt(referral, "refusal_reason", referral.getRefusalReason()),
				decrypt(referral, "outcome", referral.getOutcome()), referral.getVersion(), ended,
				sharingAfterDone.toDays());
	}

	/**
	 * Whether the provider still sees what was shared: while the referral is open, and
	 * for a short tail after it is done (the last visit, the report); never after a
	 * refusal.
	 */
	private boolean sharing(Referral referral) {
		if (referral.getStatus().open()) {
			return true;
		}
		Instant closed = referral.getClosedAt();
		return referral.getStatus() == ReferralStatus.DONE && closed != null
				&& clock.instant().isBefore(closed.plus(sharingAfterDone));
	}

	/**
	 * The refusal (a message key) when the service does not take this person: a child's
	 * case only to a service that takes children, an adult to one that takes adults of
	 * the person's recorded gender; null when it does. Checked here whatever the form
	 * offered.
	 */
	private @Nullable String notTaken(ServiceRow service, CaseViews.ForReferral facts) {
		PersonNames.Profile profile = people.profile(facts.personId()).orElse(null);
		boolean child = facts.child() || (profile != null && profile.child());
		Boolean woman = profile == null ? null : switch (profile.genderKey()) {
			case "mnr.person.gender.feminine" -> Boolean.TRUE;
			case "mnr.person.gender.masculine" -> Boolean.FALSE;
			default -> null;
		};
		if (service.takes(child, woman)) {
			return null;
		}
		if (child) {
			return "mnr.referral.error.notTaken.child";
		}
		return woman == null ? "mnr.referral.error.notTaken.adult"
				: woman ? "mnr.referral.error.notTaken.woman" : "mnr.referral.error.notTaken.man";
	}

	/**
	 * The provider's answer: accept, refuse (with a reason), start, or done (what was
	 * given).
	 */
	@CaseworkTransactional
	public void answer(Caseworker who, String ref, Answer answer, @Nullable String text, long version) {
		Referral referral = addressedTo(who, ref);
		if (referral.getVersion() != version) {
			throw new ReferralRefused("mnr.referral.refused.stale");
		}
		String clean = text == null ? "" : text.strip();
		CaseEventKind kind;
		switch (answer) {
			case ACCEPT -> {
				referral.accept(who.userId(), clock);
				kind = CaseEventKind.REFERRAL_ACCEPTED;
			}
			case REFUSE -> {
				if (clean.length() < 5) {
					throw new ReferralRefused("mnr.referral.refused.reasonNeeded");
				}
				referral.refuse(who.userId(),
						Objects.requireNonNull(cipher.encrypt(clean, binding(referral, "refusal_reason"))), clock);
				kind = CaseEventKind.REFERRAL_REFUSED;
			}
			case START -> {
				referral.start(clock);
				kind = CaseEventKind.REFERRAL_STARTED;
			}
			case COMPLETE -> {
				if (clean.isEmpty()) {
					throw new ReferralRefused("mnr.referral.refused.outcomeNeeded");
				}
				referral.complete(Objects.requireNonNull(cipher.encrypt(clean, binding(referral, "outcome"))), clock);
				kind = CaseEventKind.REFERRAL_DONE;
			}
			default -> throw new IllegalArgumentException(answer.name());
		}
		audit.record(AuditEvent.of(AuditAction.UPDATE, "referral", ref, answer.name().toLowerCase()));
		cases.referralEvent(referral.getCaseId(), who, kind, referral.getServiceType().name());
		notifications.notify(referral.getSentById(), Notifications.Kind.REFERRAL_ANSWERED, referral.getCaseCode(),
				who.organisationCode());
	}

	/** What a provider does with a referral. */
	public enum Answer {

		ACCEPT, REFUSE, START, COMPLETE

	}

	// ---- helpers

	private Referral addressedTo(Caseworker who, String ref) {
		require(who, CaseworkPermission.REFERRAL_ANSWER);
		return referrals.findByRef(ref)
			.filter(r -> r.getProviderOrganisationId() == who.organisationId())
			.filter(r -> r.getStatus() != ReferralStatus.REVOKED)
			.orElseThrow(RecordNotFoundException::new);
	}

	private Sent sent(Referral referral, CaseViews.ForReferral facts) {
		String organisation = jdbc
			.queryForList("select name from mnr_organisation where id = ?", String.class,
					referral.getProviderOrganisationId())
			.stream()
			.findFirst()
			.orElse("");
		List<ServiceRow> alternatives = referral.getStatus() == ReferralStatus.REFUSED
				? directory.alternatives(referral.getServiceType(), facts.region(), facts.child(), null,
						referral.getProviderOrganisationId())
				: List.of();
		return new Sent(referral.getRef(), organisation, referral.getServiceType(), referral.isUrgent(),
				referral.getStatus(), referral.getGround(), referral.shared(), referral.getSentAt(),
				referral.responseTime(), decrypt(referral, "refusal_reason", referral.getRefusalReason()),
				decrypt(referral, "outcome", referral.getOutcome()), alternatives);
	}

	private List<Long> usersOf(long organisationId, String role) {
		return jdbc.queryForList("select id from mnr_user where organisation_id = ? and role = ? and enabled = true",
				Long.class, organisationId, role);
	}

	private List<String> addressesOf(long organisationId) {
		return jdbc
			.queryForList("select username from mnr_user where organisation_id = ? and role = 'PRESTATAIRE'"
					+ " and enabled = true", String.class, organisationId)
			.stream()
			.filter(username -> username.contains("@"))
			.toList();
	}

	private static String languages(PersonNames.Profile profile) {
		return String.join(", ",
				java.util.stream.Stream.of(profile.primaryLanguage(), profile.secondaryLanguage())
					.filter(Objects::nonNull)
					.toList());
	}

	private static InboxLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new InboxLine(rs.getString("ref"), rs.getString("case_code"),
				org.cohesion.portal.casework.directory.ServiceType.valueOf(rs.getString("service_type")),
				rs.getBoolean("urgent"), ReferralStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("sent_at").toInstant());
	}

	private String decrypt(Referral referral, String column, byte @Nullable [] ciphertext) {
		String value = cipher.decrypt(ciphertext, binding(referral, column));
		return value == null ? "" : value;
	}

	static FieldBinding binding(Referral referral, String column) {
		return new FieldBinding(TABLE, column, referral.getRef());
	}

	private static void require(Caseworker who, CaseworkPermission permission) {
		if (!who.may(permission)) {
			throw new RecordNotFoundException();
		}
	}

	/** The referral's ciphertexts, for the re-encryption job after a key rotation. */
	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		EncryptedTable referralTable() {
			return new EncryptedTable(TABLE, "ref",
					List.of("note_to_provider", "override_reason", "refusal_reason", "outcome"));
		}

	}

}
