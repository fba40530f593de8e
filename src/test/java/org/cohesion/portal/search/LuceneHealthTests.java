package org.cohesion.portal.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code search} component of the health endpoint on Lucene (one node, the index in a
 * folder), through HTTP on the management port: UP with its index, DOWN once the folder
 * is gone; readiness does not depend on it.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1" })
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
class LuceneHealthTests {

	static Path directory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("search-health");
		registry.add("portal.search.in-memory", () -> "false");
		registry.add("portal.search.directory", () -> directory.toString());
	}

	@LocalManagementPort
	int managementPort;

	@Autowired
	SearchIndex index;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void searchIsUpWithItsIndexFolderAndDownWithoutIt() throws Exception {
		SearchTesting.awaitRebuild(index);
		HttpResponse<String> up = get("/actuator/health/search");
		assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
		assertThat(get("/actuator/health").body()).contains("\"search\":{\"status\":\"UP\"}");

		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		HttpResponse<String> down = get("/actuator/health/search");
		assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
		assertThat(down.body()).contains("\"status\":\"DOWN\"");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
