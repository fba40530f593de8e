package org.cohesion.portal.newsletter.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.newsletter.domain.Consent;
import org.cohesion.portal.newsletter.domain.ConsentRepository;
import org.cohesion.portal.newsletter.domain.EmailAddress;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriber list in the back office, one transaction per action: the list and its
 * counts, the CSV import (all or nothing, the source of consent kept with each address)
 * and export (Apache Commons CSV; cells that a spreadsheet would run as a formula are
 * neutralised), erasure.
 */
@Service
public class SubscriberDesk {

	public static final int MAX_IMPORT_LINES = 50_000;

	/** One page of the list, with the count of each status. */
	public record Listing(Page<Subscriber> found, Map<SubscriberStatus, Long> counts) {
	}

	/** An import: the errors (then nothing was imported), or what was added. */
	public record Imported(List<String> errors, int added, int alreadyKnown) {
	}

	private final SubscriberRepository subscribers;

	private final ConsentRepository consents;

	private final Subscriptions subscriptions;

	private final NewsApi news;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	SubscriberDesk(SubscriberRepository subscribers, ConsentRepository consents, Subscriptions subscriptions,
			NewsApi news, Mailer mailer, AuditTrail audit, MessageSource messages, Clock clock) {
		this.subscribers = subscribers;
		this.consents = consents;
		this.subscriptions = subscriptions;
		this.news = news;
		this.mailer = mailer;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Listing list(String query, @Nullable SubscriberStatus status, int page, int size) {
		String pattern = "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		Page<Subscriber> found = subscribers.search(status, pattern, PageRequest.of(Math.max(0, page - 1), size));
		Map<SubscriberStatus, Long> counts = new LinkedHashMap<>();
		subscribers.countByStatus().forEach(row -> counts.put((SubscriberStatus) row[0], (Long) row[1]));
		return new Listing(found, counts);
	}

	/**
	 * Writes every subscriber as CSV (comma separated, UTF-8 with a byte order mark so
	 * that spreadsheets read the accents), and records the export in the audit trail.
	 */
	@Transactional
	public void export(Writer out, String actor, @Nullable String ip) throws IOException {
		out.write('\uFEFF');
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("email", "statut", "rubriques", "source", "inscrit_le", "confirme_le", "rejets")
			.get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Subscriber s : subscribers.findAllInOrder()) {
				printer.printRecord(neutral(s.getEmail()), s.getStatus(), neutral(s.getInterests()),
						neutral(s.getSource()), s.getCreatedAt(), s.getConfirmedAt() == null ? "" : s.getConfirmedAt(),
						s.getHardBounces());
			}
		}
		audit.record(actor, ip, "NEWSLETTER_SUBSCRIBERS_EXPORTED", "newsletter_subscriber", null,
				"Export CSV des abonnés", null, null);
	}

	/**
	 * A cell starting with = + - @ (or a tab or carriage return) is run as a formula by
	 * spreadsheets: prefixed with an apostrophe, it is shown as text.
	 */
	static String neutral(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/**
	 * Imports a CSV file: one address per line, optionally followed by section slugs
	 * separated by "|"; cells separated by commas or by semicolons (what a French
	 * spreadsheet writes), found from the first line; a first line starting with "email"
	 * is a header. All or nothing: one invalid line and nothing is imported, every error
	 * listed with its line number (at most 50). Addresses already known are left as they
	 * are.
	 */
	@Transactional
	public Imported importCsv(byte[] file, String source, String actor, @Nullable String ip) {
		String content = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<String> errors = new ArrayList<>();
		Set<String> known = new HashSet<>();
		news.sections().stream().map(SectionView::slug).forEach(known::add);
		Map<String, List<String>> valid = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(content))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
			boolean utf8 = false;
			Boolean relayUtf8 = null;
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber();
				if (line > MAX_IMPORT_LINES) {
					errors.clear();
					errors.add(t("newsletter.import.tooMany", MAX_IMPORT_LINES));
					break;
				}
				if (errors.size() >= 50) {
					continue;
				}
				String first = record.get(0);
				if (first.isEmpty() && record.size() == 1
						|| line == 1 && first.toLowerCase(Locale.ROOT).startsWith("email")) {
					continue;
				}
				var address = EmailAddress.parse(first);
				if (address.isEmpty()) {
					errors.add(t("newsletter.import.badEmail", line, first));
					continue;
				}
				if (address.get().needsUtf8()) {
					if (relayUtf8 == null) {
						relayUtf8 = mailer.deliversUtf8Addresses();
					}
					if (!relayUtf8) {
						errors.add(t("newsletter.import.utf8Email", line, first));
						continue;
					}
				}
				List<String> interests = record.size() > 1 && !record.get(1).isEmpty()
						? Arrays.stream(record.get(1).split("\\|")).map(String::strip).toList() : List.of();
				for (String slug : interests) {
					if (!known.contains(slug)) {
						errors.add(t("newsletter.import.badSection", line, slug));
					}
				}
				valid.putIfAbsent(address.get().toString(), interests);
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// an unbalanced quote and the like
			errors.add(t("newsletter.import.unreadable"));
		}
		if (!errors.isEmpty()) {
			return new Imported(errors, 0, 0);
		}
		Instant now = clock.instant();
		String from = "import : " + source.strip();
		int added = 0;
		for (Map.Entry<String, List<String>> row : valid.entrySet()) {
			if (subscribers.findByEmail(row.getKey()).isPresent()) {
				continue;
			}
			Subscriber subscriber = subscribers.save(Subscriber.imported(row.getKey(), row.getValue(), from, now));
			consents.save(new Consent(subscriber.getId(), now, null, from,
					t("newsletter.import.wording", source.strip(), actor)));
			added++;
		}
		audit.record(actor, ip, "NEWSLETTER_SUBSCRIBERS_IMPORTED", "newsletter_subscriber", null,
				added + " abonnés importés (source : " + source.strip() + ")", null, null);
		return new Imported(List.of(), added, valid.size() - added);
	}

	/** Semicolons if the first line has more of them than commas, else commas. */
	static char delimiter(String content) {
		String firstLine = content.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		long commas = firstLine.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	@Transactional
	public void erase(long id, String actor, @Nullable String ip) {
		Subscriber subscriber = subscribers.findById(id).orElseThrow(() -> new NotFoundException("subscriber " + id));
		subscriptions.erase(subscriber);
		audit.record(actor, ip, "NEWSLETTER_SUBSCRIBER_ERASED", "newsletter_subscriber", String.valueOf(id),
				"Abonné effacé à sa demande", null, null);
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
