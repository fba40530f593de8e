package org.cohesion.portal.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.TcpRelay;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code search} component of the health endpoint on OpenSearch, through HTTP on the
 * management port. The node reaches the real OpenSearch node through a relay of this
 * test's, which then stops answering (a stuck cluster) and then closes its port (a
 * stopped one): search is reported DOWN within the indicator's two-second timeout, while
 * readiness stays UP; with the cluster gone, the public pages still render, the search
 * page with a message (a stuck cluster holds a search up to the client's read timeout:
 * not tried here). PostgreSQL execution only (where the OpenSearch node runs).
 */
@Tag("integration")
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@ExtendWith({ RequiresServices.PostgresqlCondition.class, OpenSearchNode.Available.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1" })
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
class OpenSearchHealthTests {

	/**
	 * Far above the indicator's 2 s, far below the client's 30 s read timeout: a probe
	 * that waited for the client's own timeout would fail here.
	 */
	static final Duration PROBE_BOUND = Duration.ofSeconds(15);

	static TcpRelay relay;

	@DynamicPropertySource
	static void openSearchThroughRelay(DynamicPropertyRegistry registry) {
		OpenSearchNode.configure(registry);
		registry.add("portal.search.opensearch.url", () -> {
			if (relay == null) {
				relay = new TcpRelay(URI.create(OpenSearchNode.url()).getPort());
			}
			return "http://127.0.0.1:" + relay.port();
		});
	}

	@AfterAll
	static void closeRelay() {
		if (relay != null) {
			relay.close();
		}
	}

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void searchIsReportedDownWhenTheClusterStopsAnsweringOrIsGoneWithoutTakingTheNodeOutOfService() throws Exception {
		// (awaited: the first requests of a node just started may be slow on a busy
		// machine)
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			HttpResponse<String> up = get(managementPort, "/actuator/health/search");
			assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
			assertThat(up.body()).contains("\"status\":\"UP\"");
		});
		assertThat(get(managementPort, "/actuator/health").body()).contains("\"search\":{\"status\":\"UP\"}");

		relay.silence();
		assertSearchDownNodeReady();
		// a cluster that holds the connection without answering: the query is given up
		// (after 3 s, LuceneSiteSearch) and the page says so, long before the client's
		// own timeout (15 s here) or the backend's 30 s
		HttpResponse<String> silent = get(publicPort,
				"/recherche?q=" + URLEncoder.encode("cohésion", StandardCharsets.UTF_8));
		assertThat(silent.statusCode()).isEqualTo(503);
		assertThat(silent.body()).contains("La recherche est momentanément indisponible");

		relay.close();
		assertSearchDownNodeReady();
		assertThat(get(publicPort, "/").statusCode()).isEqualTo(200);
		HttpResponse<String> results = get(publicPort,
				"/recherche?q=" + URLEncoder.encode("cohésion sociale", StandardCharsets.UTF_8));
		assertThat(results.statusCode()).isEqualTo(503);
		assertThat(results.body()).contains("La recherche est momentanément indisponible");
		assertThat(results.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(get(publicPort, "/recherche/suggestions?q=coh").body()).isEqualTo("[]");
		HttpResponse<String> api = get(publicPort, "/api/v1/search?q=coh%C3%A9sion");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains("La recherche est momentanément indisponible");
		assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private void assertSearchDownNodeReady() throws Exception {
		HttpResponse<String> search = get(managementPort, "/actuator/health/search");
		assertThat(search.statusCode()).as(search.body()).isEqualTo(503);
		assertThat(search.body()).contains("\"status\":\"DOWN\"");
		HttpResponse<String> health = get(managementPort, "/actuator/health");
		assertThat(health.body()).contains("\"search\":{\"status\":\"DOWN\"}");
		HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("search");
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(PROBE_BOUND)
			.header("Accept-Language", "fr")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
