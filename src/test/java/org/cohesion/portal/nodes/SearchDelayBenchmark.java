package org.cohesion.portal.nodes;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.SecondNode;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search delay benchmark ({@code bench/search-delay-bench.sh}), not a test: skipped
 * unless {@code -Dportal.bench.search-delay=true}, and only in the PostgreSQL execution
 * (with the OpenSearch node). Two nodes on one PostgreSQL and one OpenSearch, as in
 * {@link TwoNodesTests}: an article is published on node A (the time is taken once its
 * transaction has committed), and node B's results page ({@code /recherche}, through
 * HTTP) is asked every 10 ms until it lists the article. Prints the median, 90th
 * percentile and worst delay over {@code portal.bench.publications} publications (30),
 * after 3 not counted.
 */
@Tag("integration")
@EnabledIfSystemProperty(named = "portal.bench.search-delay", matches = "true")
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class SearchDelayBenchmark {

	static final int PUBLICATIONS = Integer.getInteger("portal.bench.publications", 30);

	static final int WARM_UP = 3;

	static final Duration POLL = Duration.ofMillis(10);

	@DynamicPropertySource
	static void search(DynamicPropertyRegistry registry) {
		OpenSearchNode.configure(registry);
		String interval = System.getProperty("portal.bench.polling-interval");
		if (interval != null) {
			registry.add("portal.search.opensearch.polling-interval", () -> interval);
		}
	}

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void publishOnAFoundOnB() throws Exception {
		fixtures.reset();
		Section section = fixtures.section("Solidarité");
		try (ConfigurableApplicationContext nodeB = SecondNode.start(environment)) {
			int portB = SecondNode.port(nodeB);
			List<Long> delays = new ArrayList<>();
			for (int i = 0; i < WARM_UP + PUBLICATIONS; i++) {
				String word = word(i);
				Article article = fixtures.article("Remise de kits " + word + " aux écoles de Bouaké")
					.in(section)
					.save();
				long committed = System.nanoTime();
				String page = "/recherche?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
				long deadline = committed + Duration.ofSeconds(30).toNanos();
				while (!get(portB, page).contains(article.getSlug())) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("not found on node B after 30 s: " + word);
					}
					Thread.sleep(POLL.toMillis());
				}
				long delay = (System.nanoTime() - committed) / 1_000_000;
				if (i >= WARM_UP) {
					delays.add(delay);
				}
				// publications at no fixed phase of the agents' polling
				Thread.sleep(150 + (i * 37) % 200);
			}
			report(delays, environment.getProperty("portal.search.opensearch.polling-interval", "100ms"));
		}
	}

	private static void report(List<Long> delays, String interval) throws IOException {
		List<Long> sorted = new ArrayList<>(delays);
		Collections.sort(sorted);
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		String row = String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f |", interval, sorted.size(),
				sorted.get(0), percentile(sorted, 50), percentile(sorted, 90), sorted.get(sorted.size() - 1), load);
		String table = "| polling interval | publications | best (ms) | median (ms) | p90 (ms) | worst (ms) | load average |\n"
				+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n" + row + "\n" + "all (ms): " + delays + "\n";
		System.out.println(table);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-delay-bench.md"), table);
	}

	private static long percentile(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	/** A word found in one article only: "zorvak", "zorvbk"… */
	private static String word(int i) {
		return "zorv" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "k";
	}

	private String get(int port, String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

}
