package org.cohesion.portal.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.SecondNode;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rendered-page cache through a real HTTP client against Tomcat: hits served with the
 * page's headers, compressed or not, 304s; a change visible at once on this node and
 * within seconds on a second node sharing the database; what is never cached.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.page-cache.enabled=true", "portal.page-cache.read-models=true" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ Fixtures.class, EditorialTestConfiguration.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PageCache cache;

	@Autowired
	Environment environment;

	final HttpClient http = HttpClient.newHttpClient();

	Section section;

	ConfigurableApplicationContext nodeB;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		cache.contentChanged();
		section = fixtures.section("Solidarité");
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void aSecondRequestIsServedFromMemoryWithTheSameBytesAndHeaders() throws Exception {
		Article article = fixtures.article("Distribution de kits à Bouaké").in(section).save();
		String path = "/actualites/" + article.getSlug();

		HttpResponse<byte[]> first = get(port, path, Map.of("Accept-Encoding", "gzip"));
		HttpResponse<byte[]> second = get(port, path, Map.of("Accept-Encoding", "gzip"));
		HttpResponse<byte[]> plain = get(port, path, Map.of());

		assertThat(first.headers().firstValue("X-Page-Cache")).hasValue("miss");
		assertThat(second.headers().firstValue("X-Page-Cache")).hasValue("hit");
		assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(second.body())).isEqualTo(gunzip(first.body())).contains("Distribution de kits à Bouaké");
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(gunzip(first.body()));
		for (String header : new String[] { "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
				"Referrer-Policy", "Cache-Control", "ETag" }) {
			assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
		}
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(second.headers().firstValue("Content-Language")).hasValue("fr");

		String etag = second.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> notModified = get(port, path, Map.of("If-None-Match", etag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("X-Page-Cache")).hasValue("hit");
	}

	@Test
	void aBrowserThatAcceptsBrotliGetsTheSamePageSmallerAndOthersGzip() throws Exception {
		Article article = fixtures.article("Remise de kits scolaires aux orphelins de Korhogo")
			.in(section)
			.body("<p>" + "Les familles d’accueil des orphelins reçoivent des fournitures et des uniformes. ".repeat(20)
					+ "</p>")
			.save();
		String path = "/actualites/" + article.getSlug();
		HttpResponse<byte[]> gzip = get(port, path, Map.of("Accept-Encoding", "gzip"));
		String page = gunzip(gzip.body());

		HttpResponse<byte[]> brotli = get(port, path, Map.of("Accept-Encoding", "gzip, deflate, br, zstd"));
		assertThat(brotli.headers().firstValue("X-Page-Cache")).hasValue("hit");
		assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
		assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(brotli.headers().firstValue("Content-Length")).hasValue(String.valueOf(brotli.body().length));
		assertThat(unbrotli(brotli.body())).isEqualTo(page).contains("Remise de kits scolaires");
		assertThat(brotli.body().length).as("Brotli bytes against gzip's").isLessThan(gzip.body().length);
		assertThat(brotli.headers().firstValue("ETag")).isEqualTo(gzip.headers().firstValue("ETag"));

		HttpResponse<byte[]> refused = get(port, path, Map.of("Accept-Encoding", "br;q=0, gzip"));
		assertThat(refused.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(refused.body())).isEqualTo(page);
	}

	@Test
	void aChangeShowsAtOnceOnTheNodeThatMadeIt() throws Exception {
		Article article = fixtures.article("Caravane de sensibilisation à Man").in(section).save();
		get(port, "/", Map.of());
		assertThat(get(port, "/", Map.of()).headers().firstValue("X-Page-Cache")).hasValue("hit");

		fixtures.retitle(article, "Caravane de sensibilisation à Man et Danané");

		HttpResponse<byte[]> home = get(port, "/", Map.of());
		assertThat(home.headers().firstValue("X-Page-Cache")).hasValue("miss");
		assertThat(new String(home.body(), StandardCharsets.UTF_8)).contains("Man et Danané");
	}

	@Test
	void whatDependsOnTheVisitorIsNeverCached() throws Exception {
		for (String path : new String[] { "/connexion", "/admin", "/newsletter/preferences?t=x" }) {
			get(port, path, Map.of());
			assertThat(get(port, path, Map.of()).headers().firstValue("X-Page-Cache")).as(path).isEmpty();
		}
		get(port, "/nulle/part", Map.of());
		assertThat(get(port, "/nulle/part", Map.of()).headers().firstValue("X-Page-Cache")).hasValue("miss");
	}

	@Test
	void aChangeOnOneNodeReachesTheOtherNodesCacheWithinSeconds() throws Exception {
		Article article = fixtures.article("Remise de vivres à Korhogo").in(section).save();
		int portB = startNodeB();
		String path = "/actualites/" + article.getSlug();
		for (String cached : new String[] { path, "/" }) {
			get(portB, cached, Map.of());
			assertThat(get(portB, cached, Map.of()).headers().firstValue("X-Page-Cache")).hasValue("hit");
		}

		long changed = System.nanoTime();
		fixtures.retitle(article, "Remise de vivres et de kits à Korhogo");
		String newPath = "/actualites/remise-de-vivres-et-de-kits-a-korhogo";

		// both pages were in node B's cache: only the drop told from node A can change
		// them
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> new String(get(portB, "/", Map.of()).body(), StandardCharsets.UTF_8)
				.contains("Remise de vivres et de kits à Korhogo"));
		long millis = (System.nanoTime() - changed) / 1_000_000;
		System.out.println("Page cache: change on node A visible on node B after " + millis + " ms");
		assertThat(get(portB, path, Map.of()).statusCode()).isEqualTo(301);
		assertThat(get(portB, newPath, Map.of()).statusCode()).isEqualTo(200);
	}

	private int startNodeB() {
		if (nodeB == null) {
			nodeB = SecondNode.start(environment, "--portal.page-cache.enabled=true",
					"--portal.page-cache.read-models=true");
		}
		return SecondNode.port(nodeB);
	}

	private HttpResponse<byte[]> get(int port, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String unbrotli(byte[] body) throws IOException {
		Brotli4jLoader.ensureAvailability();
		DirectDecompress decoded = Decoder.decompress(body);
		assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
		return new String(decoded.getDecompressedData(), StandardCharsets.UTF_8);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
