package org.cohesion.portal.casework.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One person's consent decisions, oldest first: the aggregate that says what the person
 * allows now and refuses a decision that makes no sense (withdrawing what was never
 * given, sharing with no one, a legal basis without its grounds). Decisions are only ever
 * appended; the current state of a purpose is its latest decision.
 */
final class ConsentRegister {

	static final int MAX_NOTE = 2000;

	/** A legal basis is explained, in a sentence. */
	static final int MINIMUM_BASIS_NOTE = 15;

	static final int MAX_SCAN = 10 * 1024 * 1024;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	/** A recorded decision (the note stays encrypted until a page shows it). */
	record Entry(long id, String ref, ConsentPurpose purpose, @Nullable Long organisationId, ConsentDecision decision,
			@Nullable LegalBasis basis, LocalDate decidedOn, boolean interpreter, @Nullable String language,
			byte @Nullable [] note, @Nullable String scan, long recordedBy, Instant recordedAt,
			@Nullable Long carriedFrom) {

		boolean concerns(ConsentPurpose purpose, @Nullable Long organisationId) {
			return this.purpose == purpose
					&& (!purpose.perOrganisation() || Objects.equals(this.organisationId, organisationId));
		}

	}

	/** A decision that passed every check, ready to be appended. */
	record Decided(ConsentPurpose purpose, @Nullable Long organisationId, ConsentDecision decision,
			@Nullable LegalBasis basis, LocalDate decidedOn, boolean interpreter, @Nullable String language,
			@Nullable String note) {
	}

	/** The decision, or the refusals: field name → message key. */
	record Outcome(@Nullable Decided decided, Map<String, String> errors) {
	}

	private final List<Entry> entries;

	ConsentRegister(List<Entry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingLong(Entry::id)).toList();
	}

	/** Changes with every decision: what a form was opened on. */
	long version() {
		return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
	}

	List<Entry> history() {
		return entries;
	}

	Optional<Entry> current(ConsentPurpose purpose, @Nullable Long organisationId) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).concerns(purpose, organisationId)) {
				return Optional.of(entries.get(i));
			}
		}
		return Optional.empty();
	}

	boolean allows(ConsentPurpose purpose, @Nullable Long organisationId) {
		if (purpose.perOrganisation() && organisationId == null) {
			return false;
		}
		return current(purpose, organisationId).map(entry -> entry.decision().allows()).orElse(false);
	}

	/** The latest decision of each purpose (and of each organisation for sharing). */
	List<Entry> currentStates() {
		Map<String, Entry> latest = new LinkedHashMap<>();
		for (Entry entry : entries) {
			String key = entry.purpose().name()
					+ (entry.purpose().perOrganisation() ? ":" + entry.organisationId() : "");
			latest.remove(key);
			latest.put(key, entry);
		}
		return new ArrayList<>(latest.values());
	}

	/**
	 * Checks a decision against this register.
	 * @param organisations the organisations one may share with
	 * @param languages the languages the form offers
	 */
	Outcome decide(ConsentForm form, byte @Nullable [] scan, LocalDate today, Set<Long> organisations,
			List<String> languages) {
		Map<String, String> errors = new LinkedHashMap<>();
		ConsentPurpose purpose = parse(ConsentPurpose.class, form.purpose());
		if (purpose == null) {
			errors.put("purpose", "mnr.consent.error.purpose");
		}
		Long organisation = null;
		if (purpose != null && purpose.perOrganisation()) {
			try {
				organisation = Long.valueOf(ConsentForm.text(form.organisationId()).strip());
			}
			catch (NumberFormatException ex) {
				organisation = null;
			}
			if (organisation == null || !organisations.contains(organisation)) {
				errors.put("organisationId", "mnr.consent.error.organisation");
				organisation = null;
			}
		}
		ConsentDecision decision = parse(ConsentDecision.class, form.decision());
		if (decision == null) {
			errors.put("decision", "mnr.consent.error.decision");
		}
		else if (decision == ConsentDecision.WITHDRAWN && purpose != null && !errors.containsKey("organisationId")
				&& current(purpose, organisation).map(e -> e.decision() != ConsentDecision.GIVEN).orElse(true)) {
			errors.put("decision", "mnr.consent.error.nothingToWithdraw");
		}
		LegalBasis basis = null;
		String note = ConsentForm.text(form.note()).strip();
		if (decision == ConsentDecision.LEGAL_BASIS) {
			basis = parse(LegalBasis.class, form.legalBasis());
			if (basis == null) {
				errors.put("legalBasis", "mnr.consent.error.basis");
			}
			if (note.length() < MINIMUM_BASIS_NOTE) {
				errors.put("note", "mnr.consent.error.basisNote");
			}
		}
		if (note.length() > MAX_NOTE) {
			errors.put("note", "mnr.consent.error.tooLong");
		}
		LocalDate decidedOn = parseDate(form.decidedOn());
		if (decidedOn == null || decidedOn.isAfter(today) || decidedOn.getYear() < 2000) {
			errors.put("decidedOn", "mnr.consent.error.date");
		}
		String language = ConsentForm.text(form.language()).strip();
		if (!language.isEmpty() && !languages.contains(language)) {
			errors.put("language", "mnr.consent.error.language");
		}
		if (form.withInterpreter() && language.isEmpty()) {
			errors.put("language", "mnr.consent.error.interpreterLanguage");
		}
		if (scan != null && (scan.length > MAX_SCAN || !isScan(scan))) {
			errors.put("scan", "mnr.consent.error.scan");
		}
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		return new Outcome(new Decided(Objects.requireNonNull(purpose), organisation, Objects.requireNonNull(decision),
				basis, Objects.requireNonNull(decidedOn), form.withInterpreter(), language.isEmpty() ? null : language,
				note.isEmpty() ? null : note), Map.of());
	}

	/** PDF, JPEG or PNG, by content; returns the type's short name or null. */
	static @Nullable String scanType(byte[] bytes) {
		if (bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
				&& bytes[4] == '-') {
			return "pdf";
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		return null;
	}

	static boolean isScan(byte[] bytes) {
		return scanType(bytes) != null;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		try {
			return Enum.valueOf(type, ConsentForm.text(value).strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable LocalDate parseDate(@Nullable String text) {
		String value = ConsentForm.text(text).strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.replace('.', '/').replace('-', '/'), FRENCH_DATE);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
