package org.cohesion.portal.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
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
 * Through a real HTTP client against the embedded Tomcat: compression, the container's
 * own error pages, and the weight budget of an article page (HTML + CSS + JS, compressed,
 * images excluded).
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class RealHttpTests {

	static final int PAGE_BUDGET_BYTES = 60 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void heaviestDemoArticleStaysUnderSixtyKilobytesCompressed() throws Exception {
		Article heaviest = articles.findAll()
			.stream()
			.max(java.util.Comparator.comparingInt(a -> a.getBody().length()))
			.orElseThrow();
		HttpResponse<byte[]> page = gzipGet("/actualites/" + heaviest.getSlug());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = gunzip(page.body());

		long total = page.body().length;
		Matcher assets = Pattern.compile("(?:href|src)=\"(/(?:css|js)/[^\"]+)\"").matcher(html);
		int assetCount = 0;
		while (assets.find()) {
			HttpResponse<byte[]> asset = gzipGet(assets.group(1));
			assertThat(asset.statusCode()).isEqualTo(200);
			total += asset.body().length;
			assetCount++;
		}
		assertThat(assetCount).isEqualTo(3); // site.css, site.js, search.js (suggestions)
		assertThat(total).as("article page weight over the wire").isLessThan(PAGE_BUDGET_BYTES);
	}

	@Test
	void containerErrorsGetTheFrenchErrorPage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actualites"))
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(403, 405);
		assertThat(response.body()).contains("<html lang=\"fr\">").doesNotContain("Whitelabel", "Exception");

		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/nulle/part/ici")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page introuvable");
	}

	@Test
	void requestsTomcatRefusesItselfGetAFrenchPage() throws Exception {
		for (String target : new String[] { "/actualites/%00", "/actualites/%2",
				"/recherche?q=" + "a".repeat(10_000) }) {
			String answer = rawGet(target);
			assertThat(answer).as(target).startsWith("HTTP/1.1 400");
			assertThat(answer).as(target)
				.contains("<html lang=\"fr\">", "Requête incorrecte")
				.doesNotContain("HTTP Status", "Tomcat", "Exception");
		}
	}

	@Test
	void malformedPercentEscapesInTheApiAnswerJson400() throws Exception {
		for (String target : new String[] { "/api/v1/search?q=%E0%A4%A", "/api/v1/articles?page=%" }) {
			String answer = rawGet(target);
			assertThat(answer).as(target).startsWith("HTTP/1.1 400");
			assertThat(answer).as(target).contains("\"status\":400", "mal encodée");
		}
	}

	@Test
	void malformedPercentEscapesOnPagesAnswerTheFrench400Page() throws Exception {
		String answer = rawGet("/actualites?page=%");
		assertThat(answer).startsWith("HTTP/1.1 400").contains("<html lang=\"fr\">");
	}

	/** A request as a client would send it, even one no URI class would build. */
	private String rawGet(String target) throws IOException {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<byte[]> gzipGet(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
