package org.cohesion.portal.search.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.search.RebuildProgress;
import org.cohesion.portal.search.RebuildProgress.State;
import org.cohesion.portal.search.SearchIndex;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.SecondNode;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL and one OpenSearch, whose shared indexes are empty, run the
 * start-up check at the same moment: one rebuilds, the other finds the rebuild's lock
 * taken (ShedLock, row {@code search.rebuild}) and leaves it; once it is done, the other
 * finds the indexes in use. A rebuild from the back office is refused on a node while
 * another holds the lock. The content is written with Hibernate Search's listeners off,
 * so the indexes stay empty until the rebuild. PostgreSQL execution only (with the
 * OpenSearch node).
 */
@Tag("integration")
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@ExtendWith({ RequiresServices.PostgresqlCondition.class, OpenSearchNode.Available.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRebuildTests {

	static final int ARTICLES = 120;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.configure(registry);
		// the start-up check, off elsewhere in the tests (node B gets it from node A)
		registry.add("portal.search.rebuild-when-missing", () -> "true");
	}

	@Autowired
	Environment environment;

	@Autowired
	ConfigurableApplicationContext nodeA;

	@Autowired
	Fixtures fixtures;

	ConfigurableApplicationContext nodeB;

	@BeforeAll
	void contentAndNodeB() {
		fixtures.reset();
		Section section = fixtures.section("Solidarité");
		for (int i = 0; i < ARTICLES; i++) {
			fixtures.article("Distribution de kits scolaires n° " + i).in(section).save();
		}
		// node B does not index what it saves itself: only its start-up check and
		// rebuilds
		nodeB = SecondNode.start(environment,
				"--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false");
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void nodesStartingTogetherOnEmptyIndexesRebuildThemOnce() throws Exception {
		IndexMaintenance onA = nodeA.getBean(IndexMaintenance.class);
		IndexMaintenance onB = nodeB.getBean(IndexMaintenance.class);
		SearchIndex indexA = nodeA.getBean(SearchIndex.class);
		SearchIndex indexB = nodeB.getBean(SearchIndex.class);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> !indexA.progress().running() && !indexB.progress().running());
		indexA.purge();
		assertThat(indexA.documentCount()).isZero();
		RebuildProgress beforeA = indexA.progress();
		RebuildProgress beforeB = indexB.progress();

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> a = CompletableFuture.runAsync(() -> startUpCheck(together, onA), threads);
			CompletableFuture<Void> b = CompletableFuture.runAsync(() -> startUpCheck(together, onB), threads);
			CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdown();
		}

		// a rebuild replaces the node's progress (RUNNING, then DONE)
		List<Boolean> rebuilt = List.of(!indexA.progress().equals(beforeA), !indexB.progress().equals(beforeB));
		assertThat(rebuilt).as("one node rebuilds, the other does not").containsExactlyInAnyOrder(true, false);
		SearchIndex rebuilding = rebuilt.get(0) ? indexA : indexB;
		SearchIndex other = rebuilding == indexA ? indexB : indexA;
		IndexMaintenance otherNode = other == indexA ? onA : onB;
		RebuildProgress otherBefore = other.progress();
		await("the rebuild").atMost(Duration.ofSeconds(120)).until(() -> !rebuilding.progress().running());
		assertThat(rebuilding.progress().state()).isEqualTo(State.DONE);
		assertThat(other.documentCount()).isEqualTo(ARTICLES);

		// the other node starting now finds the indexes in use
		otherNode.rebuildWhenMissing();
		assertThat(other.progress()).isEqualTo(otherBefore);
	}

	@Test
	void aRebuildIsRefusedWhileAnotherNodeHoldsTheLock() {
		SearchIndex indexB = nodeB.getBean(SearchIndex.class);
		await().atMost(Duration.ofSeconds(120)).until(() -> !indexB.progress().running());
		LockProvider locks = nodeA.getBean(LockProvider.class);
		// taken as soon as it is free: a node's start-up check (asynchronous, either
		// node)
		// may still hold it for a rebuild of its own when this test begins
		java.util.concurrent.atomic.AtomicReference<SimpleLock> taken = new java.util.concurrent.atomic.AtomicReference<>();
		await("the rebuild lock free").atMost(Duration.ofSeconds(120)).until(() -> {
			locks
				.lock(new LockConfiguration(java.time.Instant.now(), IndexMaintenance.REBUILD_LOCK,
						Duration.ofMinutes(5), Duration.ZERO))
				.ifPresent(taken::set);
			return taken.get() != null;
		});
		SimpleLock held = taken.get();
		await().atMost(Duration.ofSeconds(120)).until(() -> !indexB.progress().running());
		try {
			assertThat(indexB.rebuild()).isFalse();
		}
		finally {
			held.unlock();
		}
		assertThat(indexB.rebuild()).isTrue();
		await().atMost(Duration.ofSeconds(120)).until(() -> !indexB.progress().running());
		assertThat(indexB.progress().state()).isEqualTo(State.DONE);
	}

	private static void startUpCheck(CyclicBarrier together, IndexMaintenance node) {
		try {
			together.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		node.rebuildWhenMissing();
	}

}
