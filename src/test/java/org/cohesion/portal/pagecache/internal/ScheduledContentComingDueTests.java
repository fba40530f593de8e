package org.cohesion.portal.pagecache.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.pagecache.PageCache;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.MutableClock;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled content coming due is a change of the clock, not of the data: no write tells
 * the cache, its poll must see it. The poll is run by hand here (its timer waits an
 * hour), so that the order of events is the test's and not the scheduler's: the clock
 * passes the publication time before the poll first looks at the pages' generation, which
 * is what happens on a busy node (or in a warm test JVM) when the page was cached just
 * before.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.page-cache.enabled=true", "portal.page-cache.read-models=true",
				"portal.page-cache.poll-interval=PT1H" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ Fixtures.class, EditorialTestConfiguration.class })
class ScheduledContentComingDueTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PageCache cache;

	@Autowired
	ContentChanges changes;

	@Autowired
	MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	Section section;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		cache.contentChanged();
		changes.poll();
		section = fixtures.section("Solidarité");
	}

	@Test
	void aScheduledArticleAppearsOnCachedPagesWhenItComesDueWithoutAnyWrite() throws Exception {
		fixtures.article("Annonce déjà parue").in(section).save();
		fixtures.article("Ouverture du guichet unique de Bouaké")
			.in(section)
			.scheduledIn(Duration.ofMinutes(10))
			.save();
		for (String path : new String[] { "/", "/actualites" }) {
			get(path);
			HttpResponse<String> cached = get(path);
			assertThat(cached.headers().firstValue("X-Page-Cache")).as(path).hasValue("hit");
			assertThat(cached.body()).as(path).contains("Annonce déjà parue").doesNotContain("guichet unique");
		}

		clock.advance(Duration.ofMinutes(11));
		changes.poll();

		for (String path : new String[] { "/", "/actualites" }) {
			assertThat(get(path).body()).as(path).contains("Ouverture du guichet unique de Bouaké");
		}
	}

	@Test
	void pagesStayCachedUntilTheScheduledTimeComes() throws Exception {
		fixtures.article("Ouverture du guichet unique de Korhogo")
			.in(section)
			.scheduledIn(Duration.ofMinutes(10))
			.save();
		changes.poll();
		get("/actualites");

		clock.advance(Duration.ofMinutes(9));
		changes.poll();

		HttpResponse<String> stillCached = get("/actualites");
		assertThat(stillCached.headers().firstValue("X-Page-Cache")).hasValue("hit");
		assertThat(stillCached.body()).doesNotContain("guichet unique");

		clock.advance(Duration.ofMinutes(1));
		changes.poll();

		HttpResponse<String> due = get("/actualites");
		assertThat(due.headers().firstValue("X-Page-Cache")).hasValue("miss");
		assertThat(due.body()).contains("Ouverture du guichet unique de Korhogo");
	}

	@Test
	void aScheduledFlashInfoAppearsOnTheCachedHomePageWhenItsTimeComes() throws Exception {
		fixtures.article("Annonce déjà parue").in(section).save();
		// shown from five minutes from now
		fixtures.flash("Solidarité", "Distribution de vivres à Man ce samedi", Duration.ofMinutes(-5), null);
		get("/");
		assertThat(get("/").body()).doesNotContain("Distribution de vivres à Man");

		clock.advance(Duration.ofMinutes(6));
		changes.poll();

		assertThat(get("/").body()).contains("Distribution de vivres à Man ce samedi");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
