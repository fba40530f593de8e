package org.cohesion.portal.newsletter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public sign-up over real HTTP (Tomcat parses the bodies, which MockMvc does not): a
 * garbage multipart body answers the site's French 400 page, and an internationalised
 * address is accepted when mail can be written to it. No SMTP server here: mail goes to
 * the outbox, which takes any address (the SMTPUTF8 refusal is in NewsletterFlowTests,
 * against GreenMail, which does not speak it).
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.newsletter.secret=une-cle-de-test-assez-longue-pour-hmac")
@ContextConfiguration(initializers = TestDatabase.class)
class SignUpOverHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Outbox outbox;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aGarbageMultipartPostAnswersAFrenchBadRequestPageNotA500() throws Exception {
		// a body cut short (an interrupted upload): Tomcat cannot read it
		HttpResponse<String> cut = multipart("--limite\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nawa@");
		assertThat(cut.statusCode()).isEqualTo(400);
		assertThat(cut.body()).contains("Requête incorrecte").doesNotContain("Exception");
		// no boundary at all: read as an empty form, which the form answers itself
		HttpResponse<String> garbage = multipart("ceci n'est pas un formulaire");
		assertThat(garbage.statusCode()).isEqualTo(400);
		assertThat(garbage.body()).contains("Cochez la case").doesNotContain("Exception");
	}

	private HttpResponse<String> multipart(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/newsletter/inscription"))
			.header("Content-Type", "multipart/form-data; boundary=limite")
			.header("Origin", "http://localhost:" + port)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void anAccentedLocalPartAndADomainInAnotherScriptAreAccepted() throws Exception {
		signUp("élodie.kouamé@exemple.ci");
		signUp("awa@côte-ivoire.example");
		assertThat(jdbc.queryForList("select email from newsletter_subscriber order by email", String.class))
			.contains("élodie.kouamé@exemple.ci", "awa@xn--cte-ivoire-rbb.example");
		assertThat(outbox.latest(10)).extracting(message -> message.to())
			.contains("élodie.kouamé@exemple.ci", "awa@xn--cte-ivoire-rbb.example");
	}

	private void signUp(String email) throws Exception {
		String page = http
			.send(HttpRequest.newBuilder(uri("/newsletter")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		Matcher token = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&consent=oui&jeton="
				+ java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/newsletter/inscription"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + port)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("Vérifiez votre boîte aux lettres");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
