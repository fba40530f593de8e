package org.cohesion.portal.pagecache.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.pagecache.PageCache;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When cached pages must go: after a content change commits on this node (at once), after
 * one on another node (seen by polling one row of the shared database, {@code
 * page_cache_version}), and when a scheduled article or flash info comes due (a change of
 * the clock, not of the data). While the database is unreachable nothing is dropped:
 * readers keep getting the pages as they last were.
 */
class ContentChanges implements PageCache {

	private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);

	private final RenderedPages pages;

	private final PageCacheMetrics metrics;

	private final JdbcTemplate jdbc;

	private final NewsApi news;

	private final FlashApi flash;

	private final Clock clock;

	/** Whether changes are followed at all: for the cached pages or for read models. */
	private final boolean enabled;

	private final boolean readModels;

	/** A local change not yet told to the other nodes. */
	private final AtomicBoolean untold = new AtomicBoolean();

	private volatile long seenVersion = Long.MIN_VALUE;

	private volatile @Nullable Instant nextDue;

	/**
	 * The generation of pages {@link #nextDue} was computed for; another one means
	 * compute again.
	 */
	private volatile long nextDueGeneration = -1;

	ContentChanges(RenderedPages pages, PageCacheMetrics metrics, JdbcTemplate jdbc, NewsApi news, FlashApi flash,
			Clock clock, boolean pageCacheEnabled, boolean readModels) {
		this.pages = pages;
		this.enabled = pageCacheEnabled || readModels;
		this.readModels = readModels;
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.news = news;
		this.flash = flash;
		this.clock = clock;
	}

	@Override
	public void contentChanged() {
		drop();
		untold.set(true);
	}

	@Override
	public OptionalLong contentGeneration() {
		return readModels ? OptionalLong.of(pages.generation()) : OptionalLong.empty();
	}

	/** A scheduled article came due (announced by the news module). */
	@EventListener
	void on(ArticlePublished published) {
		contentChanged();
	}

	private void drop() {
		pages.clear();
		metrics.invalidated();
	}

	/** Every node, every poll interval: tell, then listen, then look at the clock. */
	@Scheduled(fixedDelayString = "${portal.page-cache.poll-interval:PT0.5S}")
	void poll() {
		if (!enabled) {
			return;
		}
		boolean telling = untold.getAndSet(false);
		try {
			if (telling) {
				jdbc.update("update page_cache_version set version = version + 1, changed_at = ? where id = 1",
						java.sql.Timestamp.from(clock.instant()));
			}
			Long version = jdbc.queryForObject("select version from page_cache_version where id = 1", Long.class);
			if (version != null && version != seenVersion) {
				// our own increment alone needs no second drop: this node dropped at its
				// commit
				boolean othersChanged = seenVersion != Long.MIN_VALUE && version != seenVersion + (telling ? 1 : 0);
				if (othersChanged) {
					drop();
				}
				seenVersion = version;
			}
			Instant now = clock.instant();
			RenderedPages.Generation generation = pages.currentGeneration();
			if (nextDueGeneration != generation.number()) {
				// what comes due after the generation started, not after now: a
				// publication
				// whose time came between the start and this poll is missing from pages
				// rendered before it, and must drop them too (a change committed while
				// this
				// runs starts a new generation: computed again next time)
				Instant since = generation.startedAt();
				nextDue = Stream.of(news.nextScheduledPublicationAfter(since), flash.nextChangeAfter(since))
					.flatMap(Optional::stream)
					.min(Instant::compareTo)
					.orElse(null);
				nextDueGeneration = generation.number();
			}
			Instant due = nextDue;
			if (due != null && !now.isBefore(due)) {
				drop();
			}
		}
		catch (DataAccessException ex) {
			// the database is away: keep serving what is cached; say it again next time
			if (telling) {
				untold.set(true);
			}
			log.debug("Page cache could not reach the database: {}", ex.getMessage());
		}
	}

	static final List<String> CONTENT_PACKAGES = List.of("org.cohesion.portal.news.", "org.cohesion.portal.flash.",
			"org.cohesion.portal.site.", "org.cohesion.portal.media.", "org.cohesion.portal.newsletter.domain.Edition");

	/** Whether a change to this entity can show on a public page. */
	static boolean showsOnPublicPages(@Nullable String entityName) {
		return entityName != null && CONTENT_PACKAGES.stream().anyMatch(entityName::startsWith);
	}

}
