package org.cohesion.portal.news.editorial;

import java.time.Clock;
import java.util.List;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other modules that an article became public, once per publication.
 * <p>
 * Readers do not wait for this: an article is public as soon as its time has come (the
 * public queries compare with the clock). The announcement is what search, caches and the
 * newsletter react to, so it must happen exactly once: whoever wins the conditional
 * update on {@code announced_at} announces, in the same transaction as the event's entry
 * in the event publication registry.
 */
@Component
public class ArticleAnnouncer {

	static final String SYSTEM = "système";

	private static final Logger log = LoggerFactory.getLogger(ArticleAnnouncer.class);

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ArticleAnnouncer(ArticleRepository articles, ApplicationEventPublisher events, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.articles = articles;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Announces every publication whose time has come; each in its own transaction, so
	 * that one failure does not hold back the others.
	 * @return how many this run announced
	 */
	@Scheduled(fixedDelayString = "${portal.news.announce-every:PT30S}",
			initialDelayString = "${portal.news.announce-first-after:PT20S}")
	@SchedulerLock(name = "news.announce-due", lockAtMostFor = "PT5M")
	public int announceDue() {
		List<Long> due = articles.findDueForAnnouncement(clock.instant());
		int announced = 0;
		for (Long id : due) {
			if (Boolean.TRUE.equals(transactions.execute(status -> announce(id)))) {
				announced++;
			}
		}
		if (announced > 0) {
			log.info("Announced {} publication(s)", announced);
		}
		return announced;
	}

	/**
	 * Announces one publication if nobody has yet; joins the caller's transaction.
	 * @return whether this call announced it
	 */
	@Transactional
	public boolean announce(long articleId) {
		if (articles.claimAnnouncement(articleId, clock.instant()) != 1) {
			return false;
		}
		Article article = articles.findById(articleId).orElseThrow();
		events.publishEvent(new ArticlePublished(article.getId(), article.getSlug(), article.getTitle(),
				article.getPublishedAt() != null ? article.getPublishedAt() : clock.instant()));
		audit.record(SYSTEM, null, "ARTICLE_ANNOUNCED", "article", String.valueOf(article.getId()),
				"Publication de l’actualité « " + article.getTitle() + " » annoncée", null, null);
		return true;
	}

}
