package org.cohesion.portal.casework;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A casework node's error pages, through a real HTTP client (the container's own error
 * dispatch, which MockMvc skips): an unknown address and a failing page get the
 * casework's French pages in its frame, never Spring Boot's "Whitelabel" page, an
 * exception's text or a record.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.role=casework", "portal.demo.enabled=true" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(CaseworkErrorPagesTests.Failing.class)
class CaseworkErrorPagesTests {

	/** A casework page that fails (a bug, a database gone): what a 500 looks like. */
	@RestController
	static class Failing {

		@GetMapping("/mnr/essai/panne")
		String fail() {
			throw new IllegalStateException("détail interne MNR-2026-POR-00042");
		}

	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anUnknownAddressAndAFailingPageGetTheCaseworkFrenchPagesForASignedInUser() throws Exception {
		signIn("gestionnaire@demo.mnr", "demo-gestion-mnr-2026");
		assertThat(get("/mnr").statusCode()).isEqualTo(200);

		HttpResponse<String> missing = get("/mnr/nulle-part/ici");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body())
			.contains("<body class=\"mnr\">", "<h1>Page introuvable</h1>",
					"Cette page n’existe pas ou ne vous est pas accessible.", "href=\"/mnr\"", "/css/mnr-")
			.doesNotContain("Whitelabel", "Not Found", "MNR-20");

		HttpResponse<String> failed = get("/mnr/essai/panne");
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body())
			.contains("<body class=\"mnr\">", "<h1>Une erreur est survenue</h1>",
					"Ce qui était enregistré avant reste enregistré")
			.doesNotContain("Whitelabel", "IllegalStateException", "détail interne", "MNR-2026-POR-00042");
	}

	@Test
	void aCaseworkNodeAnswersAnAddressOfThePublicSiteWithItsOwnNotFoundPage() throws Exception {
		HttpResponse<String> missing = get("/actualites");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<body class=\"mnr\">", "<h1>Page introuvable</h1>")
			.doesNotContain("Whitelabel");
	}

	private void signIn(String username, String password) throws Exception {
		HttpResponse<String> form = get("/mnr/connexion");
		HttpResponse<String> afterPassword = post("/mnr/connexion", csrf(form.body()), "username", username, "password",
				password);
		assertThat(afterPassword.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/mnr/connexion/code"));
		HttpResponse<String> codePage = get("/mnr/connexion/code");
		HttpResponse<String> afterCode = post("/mnr/connexion/code", csrf(codePage.body()), "code",
				Totp.code(CaseworkSignInTests.SECRET, Totp.step(Instant.now())));
		assertThat(afterCode.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/mnr"));
	}

	private static String[] csrf(String html) {
		Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">").matcher(html);
		assertThat(matcher.find()).as("a CSRF field").isTrue();
		return new String[] { matcher.group(1), matcher.group(2) };
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String[] csrf, String... fields) throws Exception {
		StringBuilder body = new StringBuilder(encode(csrf[0]) + "=" + encode(csrf[1]));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
