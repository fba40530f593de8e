package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts the monthly edition: on {@code compose-day} of each month (site time zone), the
 * previous month's published articles, oldest first, in an edition the Éditeur then
 * reviews. Once per month across nodes: the period key is unique.
 */
@Component
public class EditionComposer {

	private static final Logger log = LoggerFactory.getLogger(EditionComposer.class);

	/** Unconfirmed sign-ups are forgotten after this. */
	static final Duration PENDING_KEPT = Duration.ofDays(30);

	/**
	 * Left or suppressed addresses (and the proof of their consent) are kept this long.
	 */
	static final Duration LEFT_KEPT = Duration.ofDays(3 * 365);

	private final EditionRepository editions;

	private final NewsApi news;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final NewsletterProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	EditionComposer(EditionRepository editions, NewsApi news, AuditTrail audit, MessageSource messages,
			TransactionTemplate transactions, JdbcTemplate jdbc, NewsletterProperties properties,
			PlatformProperties platform, Clock clock) {
		this.editions = editions;
		this.news = news;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.properties = properties;
		this.zone = platform.timeZone();
		this.clock = clock;
	}

	/**
	 * Drafts last month's edition if today is the day (or later) and it does not exist.
	 */
	public void composeIfDue() {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		if (today.getDayOfMonth() < Math.max(1, Math.min(28, properties.composeDay()))) {
			return;
		}
		YearMonth month = YearMonth.from(today).minusMonths(1);
		if (editions.existsByPeriodKey(month.toString())) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> compose(month));
		}
		catch (DataIntegrityViolationException ex) {
			// another node drafted it first
		}
	}

	/** Drafts the edition of {@code month} from its published articles. */
	public Edition compose(YearMonth month) {
		Instant now = clock.instant();
		Locale locale = Locale.FRENCH;
		String label = FrenchDates.monthYear(month.getYear(), month.getMonthValue(), locale, false);
		Edition edition = new Edition(messages.getMessage("newsletter.compose.title", new Object[] { label }, locale),
				messages.getMessage("newsletter.compose.intro", new Object[] { label }, locale), month.toString(), now);
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		for (ArticleSummary article : news.publishedBetween(from, to)) {
			edition.add(article, now);
		}
		editions.saveAndFlush(edition);
		audit.record("système", null, "NEWSLETTER_EDITION_COMPOSED", "newsletter_edition",
				String.valueOf(edition.getId()), "Numéro de la lettre d’information préparé pour " + label + " ("
						+ edition.getItems().size() + " actualités)",
				null, null);
		log.info("Newsletter draft for {} composed with {} articles", month, edition.getItems().size());
		return edition;
	}

	/**
	 * What the privacy notice promises: unconfirmed sign-ups go after 30 days, people who
	 * left after three years (with their consent records and deliveries).
	 */
	public void purgeExpired() {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			jdbc.update(
					"delete from newsletter_subscriber where status = 'PENDING' and created_at < ? and "
							+ "(confirm_sent_at is null or confirm_sent_at < ?)",
					Deliveries.ts(now.minus(PENDING_KEPT)), Deliveries.ts(now.minus(PENDING_KEPT)));
			jdbc.update(
					"delete from newsletter_subscriber where (status = 'UNSUBSCRIBED' and unsubscribed_at < ?) or "
							+ "(status = 'SUPPRESSED' and suppressed_at < ?)",
					Deliveries.ts(now.minus(LEFT_KEPT)), Deliveries.ts(now.minus(LEFT_KEPT)));
		});
	}

}
