package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.ArticleUnpublished;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.platform.PlatformProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the draft of the month's edition in step with what is public: an article that
 * becomes public joins the edition of its month while that edition is still a draft (or
 * scheduled), one that stops being public leaves it. The monthly composition
 * ({@link EditionComposer}) opens the draft from the month's articles; these listeners
 * bring it what was announced or withdrawn after that (a scheduled article whose time
 * came late, an article published again, one taken down before the letter leaves).
 * Through the event publication registry, so a failure is retried.
 */
@Component
class EditionDrafts {

	private final EditionRepository editions;

	private final NewsApi news;

	private final AuditTrail audit;

	private final ZoneId zone;

	private final Clock clock;

	EditionDrafts(EditionRepository editions, NewsApi news, AuditTrail audit, PlatformProperties platform,
			Clock clock) {
		this.editions = editions;
		this.news = news;
		this.audit = audit;
		this.zone = platform.timeZone();
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ArticlePublished published) {
		String period = YearMonth.from(published.publishedAt().atZone(zone)).toString();
		Edition edition = editions.findByPeriodKey(period).orElse(null);
		if (edition == null || !edition.getStatus().editable() || edition.holds(published.articleId())) {
			return;
		}
		news.publishedSummary(published.articleId()).ifPresent(article -> {
			edition.add(article, clock.instant());
			editions.save(edition);
			audit.record("système", null, "NEWSLETTER_EDITION_ARTICLE_ADDED", "newsletter_edition",
					String.valueOf(edition.getId()),
					"Actualité « " + article.title() + " » ajoutée au numéro en préparation à sa publication", null,
					null);
		});
	}

	@ApplicationModuleListener
	void on(ArticleUnpublished unpublished) {
		for (Edition edition : editions.findInPreparationHolding(unpublished.articleId())) {
			if (edition.withdraw(unpublished.articleId(), clock.instant())) {
				editions.save(edition);
				audit.record("système", null, "NEWSLETTER_EDITION_ARTICLE_WITHDRAWN", "newsletter_edition",
						String.valueOf(edition.getId()),
						"Actualité « " + unpublished.slug() + " » retirée du numéro en préparation (dépubliée)", null,
						null);
			}
		}
	}

}
