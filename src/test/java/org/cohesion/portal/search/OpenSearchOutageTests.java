package org.cohesion.portal.search;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.TcpRelay;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node on OpenSearch started while nobody listens at the cluster's address: it serves
 * the site, search answers its 503 and health says DOWN. Then the cluster appears at that
 * address (a relay to the test's real OpenSearch node, opened on the very port): without
 * a restart, the node creates the indexes, rebuilds them (they are empty) and finds the
 * article published during the outage. Then a second outage while running: an article
 * published meanwhile has its indexing event given up by Hibernate Search
 * ({@code ABORTED}, third failure), and is found all the same once the cluster is back.
 * PostgreSQL execution only (where the OpenSearch node runs).
 */
@Tag("integration")
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@ExtendWith({ RequiresServices.PostgresqlCondition.class, OpenSearchNode.Available.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1",
				"portal.search.opensearch.check-interval=1s", "portal.search.opensearch.retry-delay=1s" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
@DirtiesContext
class OpenSearchOutageTests {

	static final Duration WITHIN = Duration.ofSeconds(60);

	static final String UNAVAILABLE = "La recherche est momentanément indisponible";

	/** Where the cluster will be: nobody listens there when the node starts. */
	static final int CLUSTER_PORT = freePort();

	static TcpRelay cluster;

	@DynamicPropertySource
	static void clusterNotThereYet(DynamicPropertyRegistry registry) {
		OpenSearchNode.configure(registry);
		registry.add("portal.search.opensearch.url", () -> "http://127.0.0.1:" + CLUSTER_PORT);
		registry.add("portal.search.rebuild-when-missing", () -> "true");
	}

	@AfterAll
	static void closeCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndex index;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aNodeStartsWithoutTheClusterAndFindsWhatWasPublishedMeanwhileOnceItIsBack() throws Exception {
		fixtures.reset();
		Section section = fixtures.section("Solidarité");
		Article first = fixtures.article("Distribution de vivres aux sinistrés de Korhogo").in(section).save();

		// the site works, search says it is unavailable, health says DOWN
		assertThat(get(publicPort, "/").statusCode()).isEqualTo(200);
		assertThat(get(publicPort, "/actualites/" + first.getSlug()).body()).contains("sinistrés de Korhogo");
		assertThat(get(publicPort, "/connexion").statusCode()).isEqualTo(200);
		assertSearchUnavailable("vivres Korhogo");
		HttpResponse<String> suggestions = get(publicPort, "/recherche/suggestions?q=vivr");
		assertThat(suggestions.statusCode()).isEqualTo(200);
		assertThat(suggestions.body()).isEqualTo("[]");
		HttpResponse<String> api = get(publicPort, "/api/v1/search?q=vivres");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains(UNAVAILABLE);
		assertSearchDownNodeReady();

		// the cluster appears: indexes created, rebuilt (empty), the article found
		cluster = new TcpRelay(CLUSTER_PORT, URI.create(OpenSearchNode.url()).getPort());
		awaitFound("vivres Korhogo", first);
		await("search UP").atMost(WITHIN).untilAsserted(() -> {
			HttpResponse<String> health = get(managementPort, "/actuator/health/search");
			assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		});
		await("the rebuild of the empty indexes").atMost(WITHIN)
			.until(() -> index.progress().state() == RebuildProgress.State.DONE);
		RebuildProgress rebuilt = index.progress();

		// a second outage, while the node runs: what is published meanwhile outlives
		// Hibernate Search giving its event up
		cluster.close();
		await("search DOWN").atMost(WITHIN).untilAsserted(this::assertSearchDownNodeReady);
		Article second = fixtures.article("Remise de kits scolaires aux orphelins de Bouaké").in(section).save();
		await("the event given up").atMost(WITHIN)
			.until(() -> jdbc.queryForObject(
					"select count(*) from hsearch_outbox_event where entity_id = ? and status = 'ABORTED'", Long.class,
					String.valueOf(second.getId())) > 0);
		assertSearchUnavailable("kits scolaires Bouaké");

		cluster = new TcpRelay(CLUSTER_PORT, URI.create(OpenSearchNode.url()).getPort());
		awaitFound("kits scolaires Bouaké", second);
		awaitFound("vivres Korhogo", first);
		// found through its event taken up again: the indexes were not empty, no rebuild
		assertThat(index.progress()).isEqualTo(rebuilt);
	}

	private void assertSearchUnavailable(String text) throws Exception {
		HttpResponse<String> page = get(publicPort, "/recherche?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains(UNAVAILABLE);
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private void awaitFound(String text, Article article) {
		await("'" + article.getTitle() + "' found").atMost(WITHIN).untilAsserted(() -> {
			HttpResponse<String> page = get(publicPort,
					"/recherche?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("href=\"/actualites/" + article.getSlug() + "\"");
		});
	}

	private void assertSearchDownNodeReady() throws Exception {
		HttpResponse<String> search = get(managementPort, "/actuator/health/search");
		assertThat(search.statusCode()).as(search.body()).isEqualTo(503);
		assertThat(search.body()).contains("\"status\":\"DOWN\"");
		HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("search");
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.header("Accept-Language", "fr")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
