package org.cohesion.portal.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.SecondFactors;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.pagecache.internal.PageCachePolls;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.SecondNode;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one PostgreSQL, as in production behind a reverse proxy: node
 * A is this test's application, node B a second one started beside it on the same
 * database (the system clock on both, as two real nodes). What is published or withdrawn
 * on A shows on B's cached public pages within seconds; a back-office session opened on A
 * is valid on B (sessions live in the database: Spring Session JDBC); an edition of the
 * newsletter scheduled for now is sent once, although both nodes run the sender.
 * PostgreSQL only: that is the shared database of a multi-node installation (the H2 run
 * skips this class; CI runs it on PostgreSQL). Search is a multi-node installation's too:
 * both nodes index into one real OpenSearch node through the outbox in the database, and
 * what A publishes is found by B's search.
 */
@Tag("integration")
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@ExtendWith({ RequiresServices.PostgresqlCondition.class, OpenSearchNode.Available.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.page-cache.enabled=true", "portal.newsletter.sender.enabled=true",
				"portal.newsletter.sender.poll-every=PT1S", "portal.mail.from=lettre@ministere.example" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	static final ServerSetup SMTP = FreeSmtp.setup();

	static final String PASSWORD = "une phrase de passe solide";

	static final Duration WITHIN = Duration.ofSeconds(5);

	@DynamicPropertySource
	static void smtpAndSearch(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
		OpenSearchNode.configure(registry);
	}

	@LocalServerPort
	int portA;

	int portB;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArticleRepository articles;

	@Autowired
	EditionRepository editions;

	@Autowired
	SubscriberRepository subscribers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	GreenMail smtp;

	ConfigurableApplicationContext nodeB;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Section section;

	@BeforeAll
	void startSmtpAndNodeB() {
		smtp = new GreenMail(SMTP);
		smtp.start();
		nodeB = SecondNode.start(environment, "--portal.page-cache.enabled=true",
				"--portal.newsletter.sender.enabled=true", "--portal.newsletter.sender.poll-every=PT1S",
				"--portal.mail.from=lettre@ministere.example", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + SMTP.getPort());
		portB = SecondNode.port(nodeB);
	}

	@AfterAll
	void stopNodeBAndSmtp() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@BeforeEach
	void setUp() {
		fixtures.reset();
		section = fixtures.section("Solidarité");
		fixtures.article("Visite du centre social de Yamoussoukro").in(section).save();
	}

	@Test
	void whatIsPublishedOnOneNodeShowsOnTheOtherAndGoesWhenWithdrawn() throws Exception {
		String title = "Remise de kits scolaires aux orphelins de Bouaké";
		String sectionPage = "/rubriques/" + section.getSlug();
		List<String> pages = List.of("/", "/actualites", sectionPage, "/actualites/rss.xml", "/sitemap.xml",
				"/api/v1/articles");
		// B's search (OpenSearch, fed through the outbox by whichever node's agent)
		String search = "/recherche?q=" + URLEncoder.encode("kits scolaires Bouaké", StandardCharsets.UTF_8);
		// node A tells what the set-up changed, node B sees it; then node B has every
		// page
		// in its cache before the change: only what node A tells it through the database
		// can change them
		PageCachePolls.pollNow(applicationContext);
		PageCachePolls.pollNow(nodeB);
		// (awaited, not timed: the first renderings of a node are slow, and a sender pass
		// of
		// either node may still drop them once)
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			for (String page : pages) {
				get(portB, page);
				HttpResponse<String> cached = get(portB, page);
				assertThat(cached.headers().firstValue("X-Page-Cache")).as(page).hasValue("hit");
				assertThat(cached.body()).as(page).doesNotContain("kits-scolaires");
			}
			assertThat(get(portB, search).statusCode()).isEqualTo(200);
			HttpResponse<String> results = get(portB, search);
			assertThat(results.body()).doesNotContain("kits-scolaires");
			// the index follows a change by a moment: were B to keep the results, a page
			// rendered between its cache being emptied and the indexing would stay stale
			assertThat(results.headers().firstValue("X-Page-Cache")).as(search).isNotEqualTo(Optional.of("hit"));
			assertThat(results.headers().firstValue("Cache-Control")).as(search).hasValue("no-cache");
		});

		Article article = fixtures.article(title).in(section).save();
		String articlePage = "/actualites/" + article.getSlug();

		await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(get(portB, articlePage).body()).contains(title);
			for (String page : pages) {
				assertThat(get(portB, page).body()).as(page).contains(article.getSlug());
			}
			assertThat(get(portB, search).body()).as(search).contains(article.getSlug());
		});

		transactions.executeWithoutResult(status -> articles.findById(article.getId()).orElseThrow().unpublish(clock));

		await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(get(portB, articlePage).statusCode()).isEqualTo(404);
			for (String page : pages) {
				assertThat(get(portB, page).body()).as(page).doesNotContain(article.getSlug());
			}
			assertThat(get(portB, search).body()).as(search).doesNotContain(article.getSlug());
		});
	}

	@Test
	void aBackOfficeSessionOpenedOnOneNodeIsValidOnTheOther() throws Exception {
		String email = "editeur-" + System.nanoTime() + "@test.example";
		String secret = Totp.newSecret();
		UserAccount account = transactions.execute(status -> {
			UserAccount user = new UserAccount(email, "Éditrice de test", EditorialRole.EDITEUR, clock);
			user.setPasswordHash(passwords.encode(PASSWORD));
			return users.save(user);
		});
		secondFactors.enrolKnownSecret(account.getId(), secret);
		Browser browser = new Browser();

		// signed in on node A: password, then the second factor
		HttpResponse<String> form = browser.send(request(portA, "/connexion"));
		HttpResponse<String> password = browser
			.send(post(portA, "/connexion", Map.of("email", email, "password", PASSWORD, "_csrf", csrf(form.body()))));
		assertThat(password.headers().firstValue("Location")).as(() -> password.statusCode() + " " + password.body())
			.hasValue("/connexion/code");
		HttpResponse<String> codeForm = browser.send(request(portA, "/connexion/code"));
		HttpResponse<String> code = browser.send(post(portA, "/connexion/code",
				Map.of("code", Totp.code(secret, Totp.step(Instant.now())), "_csrf", csrf(codeForm.body()))));
		assertThat(code.headers().firstValue("Location")).as(() -> code.statusCode() + " " + code.body())
			.hasValue("/admin");

		// the same browser, its next request answered by node B
		HttpResponse<String> onB = browser.send(request(portB, "/admin"));
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Éditrice de test");

	}

	@Test
	void aScheduledEditionIsSentOnceWhileBothNodesRunTheSender() throws Exception {
		jdbc.update("delete from newsletter_delivery");
		jdbc.update("delete from newsletter_edition");
		jdbc.update("delete from newsletter_subscriber");
		smtp.purgeEmailFromAllMailboxes();
		List<String> recipients = List.of("awa.kone@example.ci", "yao.kouassi@example.ci", "mariam.traore@example.ci",
				"koffi.nguessan@example.ci", "aminata.diallo@example.ci", "serge.bamba@example.ci");
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			recipients.forEach(email -> subscribers.save(Subscriber.imported(email, List.of(), "test", now)));
			Edition edition = new Edition("Lettre de décembre", "Les nouvelles du mois.", null, now);
			edition.add(new ArticleSummary(1, "une-actualite", "Une actualité", "Chapô.", "solidarite", "Solidarité",
					now, null, null, "fr"), now);
			edition.schedule(now.plusSeconds(1), now);
			editions.save(edition);
		});

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "SENT".equals(jdbc.queryForObject(
					"select status from newsletter_edition where title = 'Lettre de décembre'", String.class)));
		// both senders keep passing every second: nothing more may leave
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> smtp.getReceivedMessages().length == recipients.size());

		Map<String, Long> perRecipient = new java.util.HashMap<>();
		for (Message message : smtp.getReceivedMessages()) {
			perRecipient.merge(recipient(message), 1L, Long::sum);
		}
		assertThat(perRecipient).containsOnlyKeys(recipients).allSatisfy((email, count) -> assertThat(count).isOne());
	}

	/**
	 * A browser's cookie jar for one host, whatever the port (as browsers do): the
	 * reverse proxy in front of the nodes is left out.
	 */
	private final class Browser {

		private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

		HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
			if (!cookies.isEmpty()) {
				withCookies.header("Cookie",
						cookies.entrySet()
							.stream()
							.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = http.send(withCookies.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
			}
			return response;
		}

	}

	private static String recipient(Message message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return send(http, request(port, path));
	}

	private static HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
	}

	private static HttpRequest post(int port, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
