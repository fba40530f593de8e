package org.cohesion.portal.casework.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.alert.Screenings;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseFiles.DossierNote;
import org.cohesion.portal.casework.casefile.CaseFiles.ForDossier;
import org.cohesion.portal.casework.casefile.CaseViews;
import org.cohesion.portal.casework.dossier.DossierPdf.Block;
import org.cohesion.portal.casework.dossier.DossierPdf.Fact;
import org.cohesion.portal.casework.dossier.DossierPdf.Item;
import org.cohesion.portal.casework.dossier.DossierPdf.Paragraph;
import org.cohesion.portal.casework.dossier.DossierPdf.Section;
import org.cohesion.portal.casework.dossier.DossierPdf.Subheading;
import org.cohesion.portal.casework.dossier.DossierViews.NoteChoice;
import org.cohesion.portal.casework.dossier.DossierViews.Page;
import org.cohesion.portal.casework.dossier.DossierViews.PrintForm;
import org.cohesion.portal.casework.dossier.DossierViews.Printed;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.plan.AssistancePlans;
import org.cohesion.portal.casework.referral.Referrals;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The case file for the prosecutor. The case's owner, or a supervisor of its cell
 * ({@link CaseFiles#forDossier}; anyone else, and break-the-glass, 404), chooses the
 * parts and the notes, writes to whom and why the file goes, and may choose to show a
 * hidden name; the server builds the PDF from what the case holds now. Each print gets a
 * reference printed on every page with the printer's name, role and the time; the print
 * is audited (who, the case, the parts, the reference — never a value) and appended to
 * the case's timeline, and a hidden name shown is audited and kept apart, like the case
 * page's reveal. The document is in French whatever the printer's language: it goes to a
 * French-speaking prosecutor's office.
 */
@Service
public class CaseDossiers {

	static final int MAX_PURPOSE = 300;

	static final String NOTICE = "Document confidentiel — diffusion restreinte";

	private static final Locale FRENCH = Locale.FRENCH;

	private static final char[] REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseFiles cases;

	private final Screenings screenings;

	private final Referrals referrals;

	private final AssistancePlans plans;

	private final PersonNames people;

	private final CaseworkAudit audit;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	CaseDossiers(CaseFiles cases, Screenings screenings, Referrals referrals, AssistancePlans plans, PersonNames people,
			CaseworkAudit audit, MessageSource messages, Clock clock, PlatformProperties platform) {
		this.cases = cases;
		this.screenings = screenings;
		this.referrals = referrals;
		this.plans = plans;
		this.people = people;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	/** The print page: the parts on offer and the case's notes; audited as a view. */
	@CaseworkTransactional
	public Page page(Caseworker who, @Nullable String ip, String code, PrintForm form, Map<String, String> errors) {
		ForDossier dossier = cases.forDossier(who, code);
		audit.record(who, ip, AuditEvent.of(AuditAction.VIEW, "case", code, "impression du dossier : choix"));
		List<NoteChoice> notes = dossier.notes()
			.stream()
			.map(note -> new NoteChoice(note.ref(), note.at(), note.author(), excerpt(note.text())))
			.toList();
		return new Page(code, List.of(DossierPart.values()), notes, dossier.details().nameProtected(), form,
				Map.copyOf(errors));
	}

	/**
	 * The PDF of the chosen parts, or a {@link Refused} with the errors by field (no
	 * part, no purpose, an unknown note).
	 */
	@CaseworkTransactional
	public Printed print(Caseworker who, @Nullable String ip, String code, PrintForm form) {
		ForDossier dossier = cases.forDossier(who, code);
		Map<String, String> errors = new LinkedHashMap<>();
		Set<DossierPart> parts = EnumSet.noneOf(DossierPart.class);
		for (String value : form.partList()) {
			DossierPart.parse(value).ifPresentOrElse(parts::add, () -> errors.put("parts", "mnr.dossier.error.part"));
		}
		if (parts.isEmpty()) {
			errors.put("parts", "mnr.dossier.error.noPart");
		}
		Map<String, DossierNote> byRef = dossier.notes()
			.stream()
			.collect(Collectors.toMap(DossierNote::ref, note -> note, (a, b) -> a, LinkedHashMap::new));
		List<DossierNote> chosenNotes = new ArrayList<>();
		for (String ref : form.noteList()) {
			DossierNote note = byRef.get(ref);
			if (note == null) {
				errors.put("notes", "mnr.dossier.error.note");
			}
			else if (!chosenNotes.contains(note)) {
				chosenNotes.add(note);
			}
		}
		if (parts.contains(DossierPart.NOTES) && chosenNotes.isEmpty() && !dossier.notes().isEmpty()) {
			errors.put("notes", "mnr.dossier.error.noNote");
		}
		String purpose = form.purposeText().strip();
		if (purpose.length() < 5) {
			errors.put("purpose", "mnr.dossier.error.purpose");
		}
		else if (purpose.length() > MAX_PURPOSE) {
			errors.put("purpose", "mnr.dossier.error.purposeTooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		if (!parts.contains(DossierPart.NOTES)) {
			chosenNotes.clear();
		}
		CaseViews.Details details = dossier.details();
		boolean nameShown = details.nameProtected() && form.nameWanted();
		String printRef = printRef();
		Instant now = clock.instant();
		String when = dateTime(now);
		String role = t(who.role().messageKey());

		List<String> lead = List.of(t("mnr.dossier.pdf.purpose", purpose),
				t("mnr.dossier.pdf.printed", who.displayName(), role, who.organisationCode(), when),
				t("mnr.dossier.pdf.reference", printRef), t("mnr.dossier.pdf.parts",
						parts.stream().map(part -> t(part.messageKey())).collect(Collectors.joining(", "))));
		List<Section> sections = new ArrayList<>();
		sections.add(summary(details));
		if (parts.contains(DossierPart.IDENTITY)) {
			sections.add(identity(dossier, nameShown));
		}
		if (parts.contains(DossierPart.SCREENING)) {
			sections.add(screening(dossier));
		}
		if (parts.contains(DossierPart.RISK_NEEDS)) {
			sections.add(riskAndNeeds(details));
		}
		if (parts.contains(DossierPart.REFERRALS)) {
			sections.add(referralSection(dossier.caseId()));
		}
		if (parts.contains(DossierPart.PLAN)) {
			sections.add(plan(dossier.caseId()));
		}
		if (parts.contains(DossierPart.PERPETRATORS)) {
			sections.add(perpetrators(details));
		}
		if (parts.contains(DossierPart.NOTES)) {
			sections.add(notes(chosenNotes));
		}
		if (parts.contains(DossierPart.TIMELINE)) {
			sections.add(timeline(details));
		}
		byte[] pdf = DossierPdf.render(t("mnr.dossier.pdf.title", details.code()), lead, sections,
				new DossierPdf.Watermark(who.displayName(), role, when, printRef, NOTICE));

		audit.record(who, ip,
				AuditEvent.of(AuditAction.PRINT, "case", code, "dossier imprimé pour transmission, réf. " + printRef
						+ " ; parties : " + parts.stream().map(Enum::name).collect(Collectors.joining(", "))
						+ (parts.contains(DossierPart.NOTES)
								? " (" + chosenNotes.size() + " note" + (chosenNotes.size() > 1 ? "s" : "") + ")" : "")
						+ (nameShown ? " ; nom masqué imprimé" : "")));
		if (nameShown) {
			audit.record(who, ip, AuditEvent.of(AuditAction.REVEAL, "case", code,
					"nom masqué affiché dans le dossier imprimé réf. " + printRef));
		}
		cases.dossierPrinted(dossier.caseId(), who, printRef, nameShown);
		return new Printed("dossier-" + printRef.toLowerCase(Locale.ROOT) + ".pdf", printRef, pdf);
	}

	/** Errors by field, as message keys. */
	public static final class Refused extends RuntimeException {

		private final Map<String, String> errors;

		Refused(Map<String, String> errors) {
			super("refused", null, false, false);
			this.errors = Map.copyOf(errors);
		}

		public Map<String, String> errors() {
			return errors;
		}

	}

	// ---- the sections

	private Section summary(CaseViews.Details details) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Fact(t("mnr.dossier.pdf.case"), details.code()));
		blocks.add(new Fact(t("mnr.case.status"), t(details.status().messageKey())));
		blocks.add(new Fact(t("mnr.case.victim"), t(details.victim().messageKey())));
		blocks.add(new Fact(t("mnr.dossier.pdf.cell"),
				details.organisationName() + " (" + details.organisationCode() + ")"));
		blocks.add(new Fact(t("mnr.case.owner"), details.owner()));
		blocks.add(new Fact(t("mnr.case.openedAt"), date(details.openedAt())));
		if (details.child()) {
			blocks.add(new Item(t("mnr.dossier.pdf.child")));
		}
		return new Section(t("mnr.case.section.summary"), blocks);
	}

	private Section identity(ForDossier dossier, boolean nameShown) {
		CaseViews.Details details = dossier.details();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Fact(t("mnr.dossier.pdf.personCode"), details.personCode()));
		if (details.nameProtected() && !nameShown) {
			blocks.add(new Fact(t("mnr.dossier.pdf.name"), details.initials()));
			blocks.add(new Item(t("mnr.dossier.pdf.nameHidden")));
		}
		else {
			blocks.add(new Fact(t("mnr.dossier.pdf.name"), dossier.fullName()));
		}
		people.profile(dossier.personId()).ifPresent(profile -> {
			String age = profile.age() != null ? t("mnr.dossier.pdf.years", profile.age())
					: profile.ageBand() != null ? profile.ageBand() : "—";
			blocks.add(new Fact(t("mnr.dossier.pdf.gender"), t(profile.genderKey())));
			blocks.add(new Fact(t("mnr.dossier.pdf.age"), age));
			String languages = java.util.stream.Stream.of(profile.primaryLanguage(), profile.secondaryLanguage())
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.joining(", "));
			blocks.add(new Fact(t("mnr.dossier.pdf.languages"), languages.isEmpty() ? "—" : languages));
		});
		return new Section(t(DossierPart.IDENTITY.messageKey()), blocks);
	}

	private Section screening(ForDossier dossier) {
		List<Block> blocks = new ArrayList<>();
		Screenings.ForCaseFile found = dossier.screeningRef() == null ? null
				: screenings.forCaseFile(dossier.screeningRef(), dossier.details().child()).orElse(null);
		if (found == null) {
			blocks.add(new Paragraph(t("mnr.dossier.pdf.noScreening")));
			return new Section(t(DossierPart.SCREENING.messageKey()), blocks);
		}
		if (found.outcome() != null) {
			var outcome = found.outcome();
			blocks.add(new Fact(t("mnr.dossier.pdf.outcome"), t(outcome.statusKey())));
			if (!outcome.decisionOrgKey().isEmpty()) {
				blocks.add(new Fact(t("mnr.dossier.pdf.decidedBy"), t(outcome.decisionOrgKey())));
			}
			if (outcome.authorityKey() != null) {
				blocks.add(new Fact(t("mnr.dossier.pdf.authority"), t(outcome.authorityKey())
						+ (outcome.authorityReference().isEmpty() ? "" : " — " + outcome.authorityReference())));
			}
			if (outcome.decidedOn() != null) {
				blocks.add(new Fact(t("mnr.dossier.pdf.decidedOn"), FrenchDates.longDate(outcome.decidedOn(), FRENCH)));
			}
		}
		if (found.assessmentKey() != null) {
			blocks.add(new Paragraph(t(found.assessmentKey())));
		}
		indicators(blocks, "mnr.screening.acts", found.actKeys());
		indicators(blocks, "mnr.screening.means", found.meansKeys());
		indicators(blocks, "mnr.screening.purposes", found.purposeKeys());
		if (found.industryKey() != null) {
			blocks.add(new Fact(t("mnr.dossier.pdf.industry"), t(found.industryKey())));
		}
		indicators(blocks, "mnr.screening.sexExploitation", found.sexExploitationKeys());
		indicators(blocks, "mnr.screening.vulnerabilities", found.vulnerabilityKeys());
		return new Section(t(DossierPart.SCREENING.messageKey()), blocks);
	}

	private void indicators(List<Block> blocks, String legendKey, List<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		blocks.add(new Subheading(t(legendKey)));
		keys.forEach(key -> blocks.add(new Item(t(key))));
	}

	private Section riskAndNeeds(CaseViews.Details details) {
		List<Block> blocks = new ArrayList<>();
		CaseViews.Risk risk = details.risk();
		blocks.add(new Subheading(t("mnr.case.section.risk")));
		if (risk.level() == null) {
			blocks.add(new Paragraph(t("mnr.case.risk.none")));
		}
		else {
			blocks.add(new Fact(t("mnr.case.risk.level"), t(risk.level().messageKey())));
			blocks.add(new Fact(t("mnr.case.risk.danger"), level(risk.danger())));
			blocks.add(new Fact(t("mnr.case.risk.proximity"), level(risk.proximity())));
			blocks.add(new Fact(t("mnr.case.risk.retrafficking"), level(risk.retrafficking())));
			if (risk.assessedAt() != null) {
				blocks.add(new Fact(t("mnr.case.risk.assessedAt"), date(risk.assessedAt())));
			}
			if (!risk.note().isEmpty()) {
				blocks.add(new Paragraph(risk.note()));
			}
		}
		CaseViews.Needs needs = details.needs();
		blocks.add(new Subheading(t("mnr.case.section.needs")));
		if (needs.none()) {
			blocks.add(new Paragraph(t("mnr.case.needs.none")));
		}
		else {
			need(blocks, needs.medical(), "mnr.case.needs.medical");
			need(blocks, needs.shelter(), "mnr.case.needs.shelter");
			need(blocks, needs.food(), "mnr.case.needs.food");
			need(blocks, needs.safety(), "mnr.case.needs.safety");
			need(blocks, needs.psychosocial(), "mnr.case.needs.psychosocial");
			need(blocks, needs.legal(), "mnr.case.needs.legal");
			if (!needs.note().isEmpty()) {
				blocks.add(new Paragraph(needs.note()));
			}
		}
		CaseViews.ChildProtection child = details.childProtection();
		if (child != null) {
			blocks.add(new Subheading(t("mnr.case.section.child")));
			blocks.add(new Fact(t("mnr.case.child.assessedOn"), child.assessedOn() == null ? t("mnr.case.child.notYet")
					: FrenchDates.longDate(child.assessedOn(), FRENCH)));
			if (child.tracing() != null) {
				blocks.add(new Fact(t("mnr.case.child.tracing"), t(child.tracing().messageKey())));
			}
			if (!child.bestInterests().isEmpty()) {
				blocks.add(new Paragraph(child.bestInterests()));
			}
		}
		return new Section(t(DossierPart.RISK_NEEDS.messageKey()), blocks);
	}

	private void need(List<Block> blocks, boolean needed, String key) {
		if (needed) {
			blocks.add(new Item(t(key)));
		}
	}

	private String level(org.cohesion.portal.casework.casefile.@Nullable RiskLevel level) {
		return level == null ? "—" : t(level.messageKey());
	}

	private Section referralSection(long caseId) {
		List<Block> blocks = new ArrayList<>();
		List<Referrals.ForCaseFile> sent = referrals.forCaseFile(caseId);
		if (sent.isEmpty()) {
			blocks.add(new Paragraph(t("mnr.dossier.pdf.noReferral")));
		}
		for (Referrals.ForCaseFile referral : sent) {
			blocks.add(new Subheading(t(referral.typeKey()) + " — " + referral.providerName()));
			blocks.add(new Fact(t("mnr.dossier.pdf.sentOn"), dateTime(referral.sentAt())
					+ (referral.urgent() ? " (" + t("mnr.referral.urgent").toLowerCase(FRENCH) + ")" : "")));
			blocks.add(new Fact(t("mnr.referral.status"), t(referral.statusKey())));
			if (referral.responseTime() != null) {
				blocks.add(new Fact(t("mnr.dossier.pdf.responseTime"), duration(referral.responseTime())));
			}
			if (!referral.refusalReason().isEmpty()) {
				blocks.add(new Fact(t("mnr.dossier.pdf.refusal"), referral.refusalReason()));
			}
			if (!referral.outcome().isEmpty()) {
				blocks.add(new Fact(t("mnr.dossier.pdf.serviceGiven"), referral.outcome()));
			}
		}
		return new Section(t(DossierPart.REFERRALS.messageKey()), blocks);
	}

	private Section plan(long caseId) {
		List<Block> blocks = new ArrayList<>();
		AssistancePlans.ForCaseFile plan = plans.forCaseFile(caseId);
		if (plan.actions().isEmpty() && plan.followUps().isEmpty()) {
			blocks.add(new Paragraph(t("mnr.dossier.pdf.noPlan")));
		}
		plan.actions().forEach(action -> {
			blocks.add(new Subheading(t(action.type().messageKey())));
			blocks.add(new Fact(t("mnr.plan.objective"), action.objective()));
			blocks.add(new Fact(t("mnr.plan.action"), action.action()));
			if (!action.responsible().isEmpty()) {
				blocks.add(new Fact(t("mnr.plan.responsible"), action.responsible()));
			}
			blocks.add(new Fact(t("mnr.plan.plannedEnd"), FrenchDates.longDate(action.plannedEnd(), FRENCH)));
			if (action.actualEnd() != null) {
				blocks.add(new Fact(t("mnr.plan.actualEnd"), FrenchDates.longDate(action.actualEnd(), FRENCH)));
			}
			if (!action.outcome().isEmpty()) {
				blocks.add(new Fact(t("mnr.plan.outcomeLabel"), action.outcome()));
			}
		});
		if (!plan.followUps().isEmpty()) {
			blocks.add(new Subheading(t("mnr.dossier.pdf.followUps")));
			plan.followUps()
				.forEach(followUp -> blocks.add(new Item(followUp.subject() + " — "
						+ t("mnr.dossier.pdf.due", FrenchDates.longDate(followUp.dueOn(), FRENCH))
						+ (followUp.doneOn() == null ? ""
								: " — " + t("mnr.dossier.pdf.done", FrenchDates.longDate(followUp.doneOn(), FRENCH)))
						+ (followUp.outcome().isEmpty() ? "" : " : " + followUp.outcome()))));
		}
		return new Section(t(DossierPart.PLAN.messageKey()), blocks);
	}

	private Section perpetrators(CaseViews.Details details) {
		List<Block> blocks = new ArrayList<>();
		if (details.perpetrators().isEmpty()) {
			blocks.add(new Paragraph(t("mnr.dossier.pdf.noPerpetrator")));
		}
		for (CaseViews.Perpetrator perpetrator : details.perpetrators()) {
			blocks.add(new Subheading(
					perpetrator.roles().stream().map(role -> t(role.messageKey())).collect(Collectors.joining(", "))));
			if (!perpetrator.details().isEmpty()) {
				blocks.add(new Paragraph(perpetrator.details()));
			}
			blocks.add(new Item(t("mnr.dossier.pdf.recorded", perpetrator.author(), date(perpetrator.at()))));
		}
		return new Section(t(DossierPart.PERPETRATORS.messageKey()), blocks);
	}

	private Section notes(List<DossierNote> chosen) {
		List<Block> blocks = new ArrayList<>();
		if (chosen.isEmpty()) {
			blocks.add(new Paragraph(t("mnr.dossier.pdf.noNote")));
		}
		for (DossierNote note : chosen) {
			blocks.add(new Subheading(t("mnr.dossier.pdf.noteBy", note.author(), dateTime(note.at()))));
			blocks.add(new Paragraph(note.text()));
		}
		return new Section(t(DossierPart.NOTES.messageKey()), blocks);
	}

	private Section timeline(CaseViews.Details details) {
		List<Block> blocks = new ArrayList<>();
		for (CaseViews.Line line : details.timeline()) {
			Object[] arguments = line.argumentKeys().stream().map(this::t).toArray();
			blocks.add(new Item(dateTime(line.at()) + " — " + line.actor() + " — "
					+ messages.getMessage("mnr.case.event." + line.kind().name(), arguments, FRENCH)));
		}
		return new Section(t(DossierPart.TIMELINE.messageKey()), blocks);
	}

	// ---- helpers

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

	private String date(Instant instant) {
		return FrenchDates.longDate(instant, zone, FRENCH);
	}

	/** "3 décembre 2026 à 22 h 14", in the casework's time zone. */
	String dateTime(Instant instant) {
		var local = instant.atZone(zone);
		return FrenchDates.longDate(local.toLocalDate(), FRENCH) + " à "
				+ DateTimeFormatter.ofPattern("H 'h' mm").format(local);
	}

	private String duration(Duration duration) {
		return duration.toDays() > 0 ? t("mnr.dashboard.duration.days", duration.toDays(), duration.toHoursPart())
				: t("mnr.dashboard.duration.hours", duration.toHours(), duration.toMinutesPart());
	}

	private static String excerpt(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 90 ? line : line.substring(0, 89) + "…";
	}

	/** {@code IMP-7K2M-9QXD}: random, never reused in practice, printed on every page. */
	private static String printRef() {
		StringBuilder ref = new StringBuilder("IMP-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				ref.append('-');
			}
			ref.append(REF_ALPHABET[RANDOM.nextInt(REF_ALPHABET.length)]);
		}
		return ref.toString();
	}

}
