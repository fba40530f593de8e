package org.cohesion.portal.pagecache;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.testing.Fixtures;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running node and comes back: cached pages keep being
 * served, an uncached page answers the French 503 page within about a second (never
 * Tomcat's page after a minute), and the node recovers by itself. The database is a real
 * H2 server over TCP, stopped and started again on the same port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.page-cache.enabled=true")
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTests {

	static final String NAME = "outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	static Server server;

	static int databasePort;

	/** Keeps the in-memory database alive while its TCP server is stopped. */
	static Connection pin;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		pin = DriverManager.getConnection("jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1", "sa", "");
		server = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists").start();
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + databasePort + "/mem:" + NAME
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.exception-override-class-name", H2ConnectionLoss.class::getName);
	}

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterAll
	void stopDatabase() throws SQLException {
		server.stop();
		pin.close();
	}

	@Test
	void cachedPagesStayUpUncachedOnesSayWhyFastAndTheNodeRecovers() throws Exception {
		Article cached = fixtures.article("Visite du centre d’accueil de Daloa")
			.in(fixtures.section("Solidarité"))
			.save();
		String cachedPath = "/actualites/" + cached.getSlug();
		get(cachedPath);
		assertThat(get(cachedPath).headers().firstValue("X-Page-Cache")).hasValue("hit");

		server.stop();
		try {
			HttpResponse<String> stale = get(cachedPath);
			assertThat(stale.statusCode()).isEqualTo(200);
			assertThat(stale.body()).contains("Visite du centre d’accueil de Daloa");

			for (String path : new String[] { "/flash-infos", "/recherche?q=centre", "/actualites?page=2" }) {
				long started = System.nanoTime();
				HttpResponse<String> down = get(path);
				long millis = (System.nanoTime() - started) / 1_000_000;
				assertThat(down.statusCode()).as(path).isEqualTo(503);
				assertThat(down.body()).as(path)
					.contains("<html lang=\"fr\">", "Service momentanément indisponible")
					.doesNotContain("Exception", "HTTP Status");
				assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
				// the pool's one-second wait, with room for a busy machine; a hang lasts
				// 30 s or more
				assertThat(millis).as(path + " answered in ms").isLessThan(10_000);
			}
			HttpResponse<String> admin = http.send(
					HttpRequest.newBuilder(uri("/admin")).header("Cookie", "SESSION=" + UUID.randomUUID()).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(admin.statusCode()).isEqualTo(503);
		}
		finally {
			server = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists").start();
		}
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> get("/flash-infos").statusCode() == 200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
