package org.cohesion.portal.newsletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.newsletter.internal.RateLimits;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The newsletter end to end against a real SMTP server (GreenMail): sign-up with consent,
 * double opt-in, an edition with the right headers, one-click unsubscribe, retries while
 * the server refuses, the crash window, provider notifications.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
@TestPropertySource(
		properties = { "portal.mail.from=lettre@ministere.example", "portal.newsletter.webhook-secret=secret-de-test",
				"portal.newsletter.sender.rate-per-second=10000", "portal.newsletter.sender.batch-size=7" })
class NewsletterFlowTests {

	static final String ORIGIN = "https://portail.example";

	static final ServerSetup SMTP = FreeSmtp.setup();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	SubscriberRepository subscribers;

	@Autowired
	EditionSender sender;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcTemplate jdbc;

	Section section;

	AccountPrincipal editor;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		jdbc.update("delete from newsletter_edition");
		jdbc.update("delete from newsletter_subscriber");
		limits.clear();
		section = fixtures.section("Solidarité");
		fixtures.article("Les filets sociaux étendus à Korhogo").in(section).save();
		editor = fixtures.editor(EditorialRole.EDITEUR);
	}

	@Test
	void subscribeConfirmReceiveAnEditionThenLeaveInOneClickAndReceiveNothingMore() throws Exception {
		subscribe("awa.kone@example.ci").andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérifiez votre boîte aux lettres")));
		MimeMessage confirmation = only("awa.kone@example.ci");
		String link = link(GreenMailUtil.getBody(confirmation), "/newsletter/confirmation");
		Subscriber pending = subscribers.findByEmail("awa.kone@example.ci").orElseThrow();
		assertThat(pending.getStatus()).isEqualTo(SubscriberStatus.PENDING);
		String wording = jdbc.queryForObject("select wording from newsletter_consent where subscriber_id = ?",
				String.class, pending.getId());
		assertThat(wording).contains("J’accepte de recevoir").contains("loi n°\u00a02013-450");
		assertThat(jdbc.queryForObject("select ip from newsletter_consent where subscriber_id = ?", String.class,
				pending.getId()))
			.isEqualTo("127.0.0.1");

		// a mail scanner fetching the link confirms no one: the page only shows a button
		mvc.perform(get(path(link)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Je confirme mon inscription")));
		mvc.perform(get(path(link))).andExpect(status().isOk());
		assertThat(statusOf("awa.kone@example.ci")).isEqualTo(SubscriberStatus.PENDING);

		mvc.perform(post("/newsletter/confirmation").param("j", token(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inscription confirmée")));
		assertThat(statusOf("awa.kone@example.ci")).isEqualTo(SubscriberStatus.ACTIVE);
		// single use
		mvc.perform(post("/newsletter/confirmation").param("j", token(link))).andExpect(status().isNotFound());
		mvc.perform(get(path(link))).andExpect(status().isNotFound());

		long edition = editionWithTheLatestArticle();
		send(edition);
		MimeMessage letter = only("awa.kone@example.ci");
		long id = pending.getId();
		assertThat(letter.getSubject()).isEqualTo("Lettre d’information spéciale");
		assertThat(letter.getHeader("Message-ID")[0]).isEqualTo("<edition-" + edition + "." + id + "@portail.example>");
		assertThat(letter.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String unsubscribe = letter.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<https://portail.example/newsletter/desinscription?j=").endsWith(">");
		MimeMultipart parts = (MimeMultipart) letter.getContent();
		String body = GreenMailUtil.getBody(letter);
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(body).contains("text/plain").contains("text/html").contains("Les filets sociaux");

		// a scanner fetching the unsubscribe link unsubscribes no one either
		mvc.perform(get(path(unsubscribe.substring(1, unsubscribe.length() - 1))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Me désinscrire")));
		assertThat(statusOf("awa.kone@example.ci")).isEqualTo(SubscriberStatus.ACTIVE);

		// the mail client's one-click POST (RFC 8058): no Origin, no session, no form
		// token
		mvc.perform(post(path(unsubscribe.substring(1, unsubscribe.length() - 1)))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
		assertThat(statusOf("awa.kone@example.ci")).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

		send(editionWithTheLatestArticle());
		assertThat(smtp.getReceivedMessagesForDomain("awa.kone@example.ci")).isEmpty();
	}

	@Test
	void theAnswerIsTheSameWhetherTheAddressIsKnownAndAnAddressCannotBeFlooded() throws Exception {
		subscribers.save(Subscriber.imported("deja@example.ci", List.of(), "test", clock.instant()));
		String known = subscribe("deja@example.ci").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = subscribe("nouveau@example.ci").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(known).isEqualTo(unknown);
		assertThat(smtp.getReceivedMessagesForDomain("deja@example.ci")).isEmpty();

		for (int i = 0; i < 5; i++) {
			subscribe("cible@example.ci").andExpect(status().isOk());
		}
		assertThat(smtp.getReceivedMessagesForDomain("cible@example.ci")).as("three e-mails a day at most").hasSize(3);
	}

	@Test
	void formsFromElsewhereRobotsAndExpiredTokensAreTurnedAway() throws Exception {
		String token = formToken();
		mvc.perform(post("/newsletter/inscription").param("email", "a@example.ci")
			.param("consent", "oui")
			.param("jeton", token)
			.header("Origin", "https://ailleurs.example")).andExpect(status().isForbidden());
		mvc.perform(post("/newsletter/inscription").param("email", "a@example.ci")
			.param("consent", "oui")
			.param("jeton", token)).andExpect(status().isForbidden());
		mvc.perform(post("/newsletter/inscription").param("email", "robot@example.ci")
			.param("consent", "oui")
			.param("jeton", token)
			.param("site_web", "http://spam.example")
			.header("Origin", ORIGIN)).andExpect(status().isOk());
		mvc.perform(post("/newsletter/inscription").param("email", "a@example.ci")
			.param("consent", "oui")
			.param("jeton", "123.faux")
			.header("Origin", ORIGIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le formulaire a expiré")));
		mvc.perform(post("/newsletter/inscription").param("email", "pas-une-adresse")
			.param("jeton", token)
			.header("Origin", ORIGIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("n’est pas valide")))
			.andExpect(content().string(containsString("Cochez la case")))
			.andExpect(content().string(containsString("value=\"pas-une-adresse\"")));
		clock.advance(Duration.ofHours(25));
		mvc.perform(post("/newsletter/inscription").param("email", "a@example.ci")
			.param("consent", "oui")
			.param("jeton", token)
			.header("Origin", ORIGIN)).andExpect(status().isBadRequest());
		assertThat(subscribers.count()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aDomainInAnotherScriptIsWrittenToAndAnAccentedLocalPartIsRefusedWithTheReasonWhenTheRelayCannot()
			throws Exception {
		subscribe("awa@côte-ivoire.example").andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérifiez votre boîte aux lettres")));
		assertThat(only("awa@xn--cte-ivoire-rbb.example").getAllRecipients()[0].toString())
			.isEqualTo("awa@xn--cte-ivoire-rbb.example");
		// GreenMail does not announce SMTPUTF8: a mailbox named in Unicode cannot be
		// reached through it
		subscribe("élodie@example.ci").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ne sait pas encore écrire à une adresse")))
			.andExpect(content().string(containsString("value=\"élodie@example.ci\"")));
		assertThat(subscribers.findByEmail("élodie@example.ci")).isEmpty();
	}

	@Test
	void aConfirmationLinkExpiresAfter48Hours() throws Exception {
		subscribe("tard@example.ci");
		String link = link(GreenMailUtil.getBody(only("tard@example.ci")), "/newsletter/confirmation");
		clock.advance(Duration.ofHours(49));
		mvc.perform(get(path(link)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Lien non valide ou expiré")));
		mvc.perform(post("/newsletter/confirmation").param("j", token(link))).andExpect(status().isNotFound());
		assertThat(statusOf("tard@example.ci")).isEqualTo(SubscriberStatus.PENDING);
	}

	@Test
	void whileTheRelayIsDownTheEditionWaitsThenEachRecipientGetsItOnce() throws Exception {
		for (int i = 0; i < 20; i++) {
			subscribers.save(Subscriber.imported("abonne" + i + "@example.ci", List.of(), "test", clock.instant()));
		}
		long edition = editionWithTheLatestArticle();
		mvc.perform(post("/admin/lettre/" + edition + "/envoyer").with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		smtp.stop();
		sender.runOnce();
		assertThat(count(edition, "SENT")).isZero();
		assertThat(count(edition, "QUEUED")).isEqualTo(20);
		mvc.perform(get("/admin/lettre/" + edition).with(user(editor)))
			.andExpect(content().string(containsString("relais SMTP indisponible depuis le")));
		smtp.start();
		sender.runOnce(); // the relay is back, but the edition waits for its next try
		assertThat(count(edition, "QUEUED")).isEqualTo(20);
		clock.advance(Duration.ofSeconds(30));
		sender.runOnce();
		assertThat(count(edition, "SENT")).isEqualTo(20);
		assertThat(smtp.getReceivedMessages()).hasSize(20);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NewsletterFlowTests::recipient).distinct())
			.hasSize(20);
		assertThat(jdbc.queryForObject("select status from newsletter_edition where id = ?", String.class, edition))
			.isEqualTo("SENT");
		mvc.perform(get("/admin/lettre/" + edition).with(user(editor)))
			.andExpect(content().string(containsString("20 envoyés sur 20")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("relais SMTP indisponible"))));
	}

	@Test
	void deliveriesInFlightWhenASenderDiedAreNeverSentAgain() throws Exception {
		for (int i = 0; i < 10; i++) {
			subscribers.save(Subscriber.imported("abonne" + i + "@example.ci", List.of(), "test", clock.instant()));
		}
		long edition = editionWithTheLatestArticle();
		mvc.perform(post("/admin/lettre/" + edition + "/envoyer").with(user(editor)).with(csrf()));
		// A previous process claimed three rows and died after handing them to SMTP.
		jdbc.update("update newsletter_delivery set status = 'SENDING', claimed_by = 'mort' where id in "
				+ "(select id from newsletter_delivery where edition_id = ? order by id limit 3)", edition);
		jdbc.update("update newsletter_delivery set status = 'SENT' where id in (select id from newsletter_delivery "
				+ "where edition_id = ? and status = 'QUEUED' order by id limit 2)", edition);
		sender.runOnce();
		assertThat(count(edition, "UNCERTAIN")).isEqualTo(3);
		assertThat(count(edition, "SENT")).isEqualTo(7);
		assertThat(smtp.getReceivedMessages()).as("only the five never handed over").hasSize(5);
		mvc.perform(get("/admin/lettre/" + edition).with(user(editor)))
			.andExpect(content().string(containsString("3 incertains")));
	}

	@Test
	void aComplaintSuppressesAtOnceAndUnsignedNotificationsAreRefused() throws Exception {
		subscribers.save(Subscriber.imported("plainte@example.ci", List.of(), "test", clock.instant()));
		String body = "{\"type\":\"complaint\",\"email\":\"plainte@example.ci\",\"detail\":\"abuse\"}";
		mvc.perform(post("/newsletter/notifications").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Portal-Signature", "sha256=00")).andExpect(status().isUnauthorized());
		assertThat(statusOf("plainte@example.ci")).isEqualTo(SubscriberStatus.ACTIVE);
		mvc.perform(post("/newsletter/notifications").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Portal-Signature", "sha256=" + hmac(body))).andExpect(status().isOk());
		assertThat(statusOf("plainte@example.ci")).isEqualTo(SubscriberStatus.SUPPRESSED);
	}

	@Test
	void theMonthlyDraftIsComposedFromLastMonthsArticlesAndSentEditionsAreArchived() throws Exception {
		var zone = java.time.ZoneId.of("Africa/Abidjan");
		var firstOfMonth = java.time.LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
		clock.set(firstOfMonth.atTime(8, 0).atZone(zone).toInstant());
		fixtures.article("Une actualité du mois dernier").in(section).publishedAgo(Duration.ofDays(3)).save();
		fixtures.article("Une actualité d’il y a deux mois").in(section).publishedAgo(Duration.ofDays(45)).save();
		sender.runOnce();
		sender.runOnce();
		List<Long> drafts = jdbc.queryForList("select id from newsletter_edition where period_key is not null",
				Long.class);
		assertThat(drafts).hasSize(1);
		List<String> titles = jdbc.queryForList(
				"select title from newsletter_edition_item where edition_id = ? order by position", String.class,
				drafts.get(0));
		assertThat(titles).containsExactly("Une actualité du mois dernier");

		subscribers.save(Subscriber.imported("lecteur@example.ci", List.of(), "test", clock.instant()));
		send(drafts.get(0));
		String slug = jdbc.queryForObject("select slug from newsletter_edition where id = ?", String.class,
				drafts.get(0));
		mvc.perform(get("/newsletter/numeros"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/newsletter/numeros/" + slug)));
		mvc.perform(get("/newsletter/numeros/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Une actualité du mois dernier")));
	}

	@Test
	void aPersonGetsTheirDataByEMailThenChangesInterestsAndHasEverythingErased() throws Exception {
		Subscriber known = subscribers.save(Subscriber.imported("donnees@example.ci", List.of(section.getSlug()),
				"import : forum", clock.instant()));
		String known1 = mvc
			.perform(post("/newsletter/mes-donnees").param("email", "donnees@example.ci")
				.param("jeton", formToken())
				.header("Origin", ORIGIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = mvc
			.perform(post("/newsletter/mes-donnees").param("email", "inconnu@example.ci")
				.param("jeton", formToken())
				.header("Origin", ORIGIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(known1).isEqualTo(unknown);
		MimeMessage data = only("donnees@example.ci");
		String body = GreenMailUtil.getBody(data).replace("=\r\n", "");
		assertThat(body).contains("donnees@example.ci");
		String manage = link(body, "/newsletter/preferences");
		assertThat(smtp.getReceivedMessagesForDomain("inconnu@example.ci")).isEmpty();

		mvc.perform(get(path(manage)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("donnees@example.ci")));
		mvc.perform(post("/newsletter/preferences").param("j", token(manage))).andExpect(status().isOk());
		assertThat(subscribers.findById(known.getId()).orElseThrow().interestSet()).isEmpty();
		mvc.perform(post("/newsletter/effacement").param("j", token(manage)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Données effacées")));
		assertThat(subscribers.findById(known.getId())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from newsletter_consent where subscriber_id = ?", Long.class,
				known.getId()))
			.isZero();
		mvc.perform(get(path(manage))).andExpect(status().isNotFound());
	}

	@Test
	void aScheduledEditionLeavesAtItsTimeAndIsFrozenFromThen() throws Exception {
		subscribers.save(Subscriber.imported("lecteur@example.ci", List.of(), "test", clock.instant()));
		long edition = editionWithTheLatestArticle();
		String at = java.time.LocalDateTime
			.ofInstant(clock.instant().plus(Duration.ofHours(2)), java.time.ZoneId.of("Africa/Abidjan"))
			.withSecond(0)
			.withNano(0)
			.toString();
		mvc.perform(post("/admin/lettre/" + edition + "/programmer").param("at", at).with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		smtp.reset();
		sender.runOnce();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		clock.advance(Duration.ofHours(2).plusMinutes(1));
		sender.runOnce();
		assertThat(smtp.getReceivedMessagesForDomain("lecteur@example.ci")).hasSize(1);
		mvc.perform(post("/admin/lettre/" + edition).param("title", "Trop tard")
			.param("intro", "…")
			.with(user(editor))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("déjà parti")));
	}

	@Test
	void theEditorPreviewsBothPartsAndSendsATestToThemselfOnly() throws Exception {
		subscribers.save(Subscriber.imported("lecteur@example.ci", List.of(), "test", clock.instant()));
		long edition = editionWithTheLatestArticle();
		mvc.perform(get("/admin/lettre/" + edition + "/apercu.html").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(content().string(containsString("Les filets sociaux étendus à Korhogo")))
			.andExpect(content().string(containsString("role=\"presentation\"")))
			.andExpect(content().string(containsString("href=\"https://portail.example/actualites/")));
		mvc.perform(get("/admin/lettre/" + edition + "/apercu.txt").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("* Les filets sociaux étendus à Korhogo")))
			.andExpect(content().string(containsString("Me désinscrire : https://portail.example/newsletter/")));
		mvc.perform(post("/admin/lettre/" + edition + "/test").with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MimeMessage test = only(editor.getUsername());
		assertThat(test.getSubject()).isEqualTo("[Test] Lettre d’information spéciale");
		assertThat(smtp.getReceivedMessagesForDomain("lecteur@example.ci")).isEmpty();
		assertThat(jdbc.queryForObject("select status from newsletter_edition where id = ?", String.class, edition))
			.isEqualTo("DRAFT");
	}

	private long editionWithTheLatestArticle() throws Exception {
		String location = mvc.perform(post("/admin/lettre/nouveau").with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long edition = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long article = jdbc.queryForObject("select max(id) from news_article", Long.class);
		mvc.perform(post("/admin/lettre/" + edition + "/articles").param("articleId", String.valueOf(article))
			.with(user(editor))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return edition;
	}

	private void send(long edition) throws Exception {
		smtp.reset();
		mvc.perform(post("/admin/lettre/" + edition + "/envoyer").with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		sender.runOnce();
	}

	private long count(long edition, String status) {
		return jdbc.queryForObject("select count(*) from newsletter_delivery where edition_id = ? and status = ?",
				Long.class, edition, status);
	}

	private org.springframework.test.web.servlet.ResultActions subscribe(String email) throws Exception {
		return mvc.perform(post("/newsletter/inscription").param("email", email)
			.param("consent", "oui")
			.param("interests", section.getSlug())
			.param("jeton", formToken())
			.header("Origin", ORIGIN));
	}

	private String formToken() throws Exception {
		String page = mvc.perform(get("/newsletter")).andReturn().getResponse().getContentAsString();
		Matcher matcher = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private MimeMessage only(String address) {
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
		assertThat(received).hasSize(1);
		smtp.reset();
		return received[0];
	}

	private SubscriberStatus statusOf(String email) {
		return subscribers.findByEmail(email).orElseThrow().getStatus();
	}

	private static String link(String body, String path) {
		Matcher matcher = Pattern.compile("https://portail\\.example" + Pattern.quote(path) + "\\?j=[A-Za-z0-9_.=-]+")
			.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("a link to %s in %s", path, body).isTrue();
		return matcher.group();
	}

	private static String path(String url) {
		return url.substring(ORIGIN.length());
	}

	private static String token(String url) {
		return url.substring(url.indexOf("?j=") + 3);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("secret-de-test".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

}
