package org.cohesion.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.cohesion.portal.news.ArticlePublished;
import org.cohesion.portal.news.ArticleUnpublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.cohesion.portal.search.RebuildProgress;
import org.cohesion.portal.search.RebuildProgress.State;
import org.cohesion.portal.search.SearchIndex;
import org.cohesion.portal.search.internal.SearchProperties.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the index (Hibernate Search's mass indexer, in the background, with its
 * progress), rebuilds it by itself at start-up when the index folder holds no complete
 * index (on OpenSearch: when the cluster's indexes are empty, checked by
 * {@link ClusterWatch} once the cluster answers), and re-indexes an article when its
 * publication is announced.
 * <p>
 * Edits, publication now, unpublication and deletions reach the index through Hibernate
 * Search's own listeners when their transaction commits. A scheduled article becomes
 * public without any change to its row (the public queries compare its date with the
 * clock, and so does the search query), so the index is right at that moment too;
 * {@link ArticlePublished} re-indexes it all the same, which also repairs an index that
 * missed the article.
 * <p>
 * On OpenSearch the indexes are the cluster's, shared by every node: a rebuild takes the
 * ShedLock row {@value #REBUILD_LOCK} (the lock of the scheduled jobs, table
 * {@code shedlock}) for as long as it runs, so that two nodes starting together on empty
 * indexes rebuild them once, and a rebuild started from the back office of one node is
 * refused on the others while it runs. On Lucene each node has its own index and takes no
 * lock.
 */
@Component
class IndexMaintenance implements SearchIndex {

	static final String COMPLETE_MARKER = ".complete";

	/**
	 * First line of the marker: the index format. Raise it when the fields change, so
	 * that an index written by an older version is rebuilt at start-up (2:
	 * {@code typeCode} and {@code sectionCode}; 3: term vectors of the bodies).
	 */
	static final String INDEX_FORMAT = "format 3";

	static final String REBUILD_LOCK = "search.rebuild";

	/**
	 * How long a node that died while rebuilding keeps the lock: far longer than a
	 * rebuild (20,000 articles: under a minute), short enough for a restart to repair.
	 */
	static final Duration REBUILD_LOCK_AT_MOST = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final SearchProperties properties;

	private final Clock clock;

	private final LockProvider locks;

	private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(
			new RebuildProgress(State.IDLE, 0, 0, null, null));

	IndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			SearchProperties properties, Clock clock, LockProvider locks) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.properties = properties;
		this.clock = clock;
		this.locks = locks;
	}

	@Override
	public boolean rebuild() {
		return rebuild(false);
	}

	/**
	 * @param onlyWhenEmpty rebuild only if the index holds no document once the lock is
	 * held (a node starting while another one rebuilds, or just after, finds them in use)
	 */
	private synchronized boolean rebuild(boolean onlyWhenEmpty) {
		if (progress.get().running()) {
			return false;
		}
		Optional<SimpleLock> lock = lock();
		if (lock.isEmpty()) {
			log.info("The search indexes are being rebuilt by another node");
			return false;
		}
		try {
			if (onlyWhenEmpty && countInOwnSession() > 0) {
				lock.get().unlock();
				return false;
			}
			massIndex(lock.get());
			return true;
		}
		catch (RuntimeException ex) {
			// the mass indexer did not start: nothing else will release the lock
			lock.get().unlock();
			RebuildProgress now = progress.get();
			if (now.running()) {
				progress.set(new RebuildProgress(State.FAILED, now.total(), now.indexed(), now.startedAt(),
						clock.instant()));
			}
			throw ex;
		}
	}

	/** The cluster-wide lock on OpenSearch; on Lucene, none is needed. */
	private Optional<SimpleLock> lock() {
		if (properties.backend() != Backend.OPENSEARCH) {
			return Optional.of(() -> {
			});
		}
		return locks.lock(new LockConfiguration(clock.instant(), REBUILD_LOCK, REBUILD_LOCK_AT_MOST, Duration.ZERO));
	}

	private void massIndex(SimpleLock lock) {
		Instant started = clock.instant();
		progress.set(new RebuildProgress(State.RUNNING, 0, 0, started, null));
		AtomicLong total = new AtomicLong();
		AtomicLong added = new AtomicLong();
		forgetComplete();
		log.info("Rebuilding the search index");
		mapping().scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(50)
			.monitor(new MassIndexingMonitor() {

				@Override
				public void documentsAdded(long increment) {
					progress.set(
							new RebuildProgress(State.RUNNING, total.get(), added.addAndGet(increment), started, null));
				}

				@Override
				public void documentsBuilt(long increment) {
				}

				@Override
				public void entitiesLoaded(long increment) {
				}

				@Override
				public void addToTotalCount(long increment) {
					total.addAndGet(increment);
				}

				@Override
				public void indexingCompleted() {
				}

			})
			.start()
			.whenComplete((ignored, failure) -> {
				lock.unlock();
				if (failure != null) {
					log.error("Rebuilding the search index failed", failure);
					progress.set(new RebuildProgress(State.FAILED, total.get(), added.get(), started, clock.instant()));
				}
				else {
					markComplete();
					log.info("Search index rebuilt: {} documents in {} ms", added.get(),
							clock.millis() - started.toEpochMilli());
					progress.set(new RebuildProgress(State.DONE, total.get(), added.get(), started, clock.instant()));
				}
			});
	}

	@Override
	public RebuildProgress progress() {
		return progress.get();
	}

	@Override
	@Transactional(readOnly = true)
	public long documentCount() {
		SearchSession session = Search.session(entityManager);
		return session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
	}

	@Override
	public void purge() {
		mapping().scope(Object.class).workspace().purge();
		mapping().scope(Object.class).workspace().refresh();
	}

	/**
	 * The start-up check on Lucene; on OpenSearch it is made by {@link ClusterWatch} once
	 * the cluster answers, at start-up or later.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		if (properties.backend() == Backend.LUCENE) {
			rebuildWhenMissing();
		}
	}

	/**
	 * Rebuilds the indexes when they hold nothing usable. On Lucene: a folder without a
	 * complete index (first start, deleted, failed rebuild), one with an older
	 * {@link #INDEX_FORMAT}, or one built before a kind of content was added to search
	 * (galleries): the marker records the format and the indexes it was written for. On
	 * OpenSearch: indexes without a single document.
	 */
	void rebuildWhenMissing() {
		if (!properties.rebuildWhenMissing()) {
			return;
		}
		if (properties.backend() == Backend.OPENSEARCH) {
			// the cluster's indexes are created empty by the first node that starts; the
			// nodes starting with it find them empty too, but only the lock's holder
			// rebuilds
			if (countInOwnSession() == 0 && rebuild(true)) {
				log.info("The search indexes of the cluster held no document: rebuilding them");
			}
		}
		else if (inFolder() && !currentIndex()) {
			log.info("No complete search index of the current format in {}: rebuilding it", directory());
			rebuild();
		}
	}

	private long countInOwnSession() {
		try (EntityManager own = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(own);
			return session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/** A Lucene index in a folder: the only kind that has a completeness marker. */
	private boolean inFolder() {
		return properties.backend() == Backend.LUCENE && !properties.inMemory();
	}

	/**
	 * Hibernate Search already indexes every saved change; an announcement is when a
	 * scheduled article became public without any save, so its document is written again
	 * from the article's current state. Through the event publication registry: a failed
	 * reindex is retried.
	 */
	@ApplicationModuleListener
	void on(ArticlePublished published) {
		reindex("article", published.articleId());
	}

	@ApplicationModuleListener
	void on(ArticleUnpublished unpublished) {
		reindex("article", unpublished.articleId());
	}

	/** Indexes the current state of one item, or removes it if it no longer exists. */
	void reindex(String index, Object id) {
		for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
			if (entity.indexManager().descriptor().hibernateSearchName().equals(index)) {
				Object found = entityManager.find(entity.javaClass(), id);
				var plan = Search.session(entityManager).indexingPlan();
				if (found != null) {
					plan.addOrUpdate(found);
				}
				else {
					plan.purge(entity.jpaName(), id, null);
				}
				return;
			}
		}
	}

	private SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

	private Path directory() {
		return Path.of(properties.directory()).toAbsolutePath().normalize();
	}

	private Path marker() {
		return directory().resolve(COMPLETE_MARKER);
	}

	private String indexLine() {
		return "indexes " + mapping().allIndexedEntities()
			.stream()
			.map(entity -> entity.indexManager().descriptor().hibernateSearchName())
			.sorted()
			.collect(java.util.stream.Collectors.joining(","));
	}

	private boolean currentIndex() {
		try {
			return Files.exists(marker()) && Files.readString(marker()).startsWith(INDEX_FORMAT + "\n")
					&& Files.readAllLines(marker()).contains(indexLine());
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void markComplete() {
		if (!inFolder()) {
			return;
		}
		try {
			Files.createDirectories(directory());
			Files.writeString(marker(), INDEX_FORMAT + "\n" + clock.instant() + "\n" + indexLine() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void forgetComplete() {
		if (!inFolder()) {
			return;
		}
		try {
			Files.deleteIfExists(marker());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
