package org.cohesion.portal.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics answer on the management port, which operators keep off the
 * internet; the public port never serves {@code /actuator}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1" })
@ContextConfiguration(initializers = TestDatabase.class)
class ManagementPortTests {

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthProbesAndMetricsAnswerOnTheManagementPort() throws Exception {
		HttpResponse<String> health = get(managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"diskSpace\"");
		assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void prometheusAskingForProtobufFirstGetsItsMetrics() throws Exception {
		// Prometheus's Accept header with native histograms on: without
		// prometheus-metrics-exposition-formats (2 MB, a tempting exclusion) the scrape
		// fails
		HttpResponse<String> scrape = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
			.header("Accept",
					"application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.7,"
							+ "text/plain;version=0.0.4;q=0.3,*/*;q=0.1")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/vnd.google.protobuf"));
	}

	@Test
	void thePublicPortDoesNotServeActuator() throws Exception {
		assertThat(publicPort).isNotEqualTo(managementPort);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus" }) {
			HttpResponse<String> response = get(publicPort, path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("\"status\":\"UP\"").doesNotContain("jvm_");
		}
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
