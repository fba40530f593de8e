package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.newsletter.NewsletterSending;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.testing.EditorialTestConfiguration;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sender when things go wrong, against a real SMTP server (GreenMail) that a test
 * stops, starts again or answers slowly, with time moved by hand: a relay outage pauses
 * the edition and it resumes by itself; a node that loses the edition's lease stops;
 * failed deliveries can be sent again; a crash leaves only the message in flight in
 * doubt. One SMTP connection and batches of five, so that "the n-th message" means the
 * same thing in every run. GreenMail's delivery handler sees every message it stores,
 * before and after a restart: that list is what recipients really got.
 */
@IntegrationTest
@Import(EditorialTestConfiguration.class)
@TestPropertySource(properties = { "portal.mail.from=lettre@ministere.example",
		"portal.newsletter.sender.rate-per-second=10000", "portal.newsletter.sender.batch-size=5",
		"portal.newsletter.sender.connections=1", "portal.newsletter.sender.lease=PT2M" })
class SendingResilienceTests {

	static final ServerSetup SMTP = FreeSmtp.setup();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
	}

	GreenMail smtp;

	/** Every recipient GreenMail stored a message for, in order. */
	final Queue<String> received = new ConcurrentLinkedQueue<>();

	/**
	 * Called with the count of messages received so far, this one included, before the
	 * relay answers for it.
	 */
	volatile IntConsumer onDelivery = n -> {
	};

	@Autowired
	EditionSender sender;

	@Autowired
	EditionRepository editions;

	@Autowired
	SubscriberRepository subscribers;

	@Autowired
	NewsletterSending sending;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	NewsletterProperties properties;

	AccountPrincipal editor;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		jdbc.update("delete from newsletter_edition");
		jdbc.update("delete from newsletter_subscriber");
		editor = fixtures.editor(EditorialRole.EDITEUR);
		startSmtp();
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	void startSmtp() {
		if (smtp == null) {
			smtp = new GreenMail(SMTP);
		}
		smtp.start();
		UserManager users = smtp.getUserManager();
		MessageDeliveryHandler store = users.getMessageDeliveryHandler();
		AtomicInteger count = new AtomicInteger(received.size());
		users.setMessageDeliveryHandler((message, to) -> {
			// recorded first: when a hook stops the relay, the client sees it at once,
			// and the test must not assert what was received before this line has run
			received.add(to.getEmail());
			onDelivery.accept(count.incrementAndGet());
			return store.handle(message, to);
		});
	}

	@Test
	void aRelayOutageMidSendPausesTheEditionProbesLessOftenAsItLastsAndResumesByItself() throws Exception {
		long edition = startedEdition(12);
		Instant outage = clock.instant();
		// the relay goes down while it holds the 4th message: stored, but never answered
		onDelivery = n -> {
			if (n == 4) {
				smtp.stop();
			}
		};
		sender.runOnce();
		assertThat(received).hasSize(4);
		assertThat(count(edition, "SENT")).isEqualTo(3);
		assertThat(count(edition, "UNCERTAIN")).as("the message the relay never answered about").isEqualTo(1);
		assertThat(count(edition, "QUEUED")).isEqualTo(8);
		assertThat(count(edition, "FAILED")).isZero();
		assertThat(jdbc.queryForObject("select max(attempts) from newsletter_delivery where status = 'QUEUED'",
				Integer.class))
			.as("an outage is no attempt")
			.isZero();
		assertThat(statusOf(edition)).isEqualTo("SENDING");
		assertThat(nextProbe(edition)).isEqualTo(outage.plusSeconds(30));
		assertThat(sending.relayOutages()).singleElement().satisfies(paused -> {
			assertThat(paused.editionId()).isEqualTo(edition);
			assertThat(paused.since()).isEqualTo(outage);
			assertThat(paused.adminPath()).isEqualTo("/admin/lettre/" + edition);
		});
		mvc.perform(get("/admin/lettre/" + edition).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("relais SMTP indisponible depuis le")));
		mvc.perform(get("/admin").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("envoi en pause, le relais ne répond pas")))
			.andExpect(content().string(containsString("le relais SMTP ne répond pas depuis le")))
			.andExpect(content().string(
					containsString("l’envoi reprendra de lui-même dès que le relais répondra" + " (prochain essai le")))
			.andExpect(content().string(containsString("href=\"/admin/lettre/" + edition + "\"")));

		clock.advance(Duration.ofSeconds(10));
		sender.runOnce(); // not yet time to try again
		assertThat(nextProbe(edition)).isEqualTo(outage.plusSeconds(30));
		clock.advance(Duration.ofSeconds(30));
		sender.runOnce();
		assertThat(nextProbe(edition)).as("down for 40 s: the first delay again")
			.isEqualTo(clock.instant().plusSeconds(30));
		clock.advance(Duration.ofHours(2));
		sender.runOnce();
		assertThat(nextProbe(edition)).as("down for two hours: a quarter of that")
			.isEqualTo(clock.instant().plus(Duration.between(outage, clock.instant()).dividedBy(4)));
		clock.advance(Duration.ofHours(6));
		sender.runOnce();
		assertThat(nextProbe(edition)).as("at most an hour between tries")
			.isEqualTo(clock.instant().plus(Duration.ofHours(1)));
		assertThat(received).hasSize(4);
		assertThat(count(edition, "QUEUED")).isEqualTo(8);
		assertThat(sending.relayOutages()).singleElement()
			.satisfies(paused -> assertThat(paused.since()).isEqualTo(outage));

		onDelivery = n -> {
		};
		startSmtp();
		clock.advance(Duration.ofHours(1));
		sender.runOnce();
		assertThat(statusOf(edition)).isEqualTo("SENT");
		assertThat(sending.relayOutages()).isEmpty();
		mvc.perform(get("/admin").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("envoi en pause"))));
		assertThat(count(edition, "SENT")).isEqualTo(11);
		assertThat(perRecipient()).hasSize(12).allSatisfy((to, times) -> assertThat(times).as(to).isEqualTo(1));
		assertThat(jdbc.queryForObject("select sum(hard_bounces) from newsletter_subscriber", Integer.class))
			.as("nobody's bounce record counts the outage")
			.isZero();
	}

	@Test
	void aSenderThatLostTheLeaseBetweenBatchesStopsAndTheNewHolderFinishes() {
		long edition = startedEdition(12);
		// while the 5th message (the end of the first batch) is on its way, the lease
		// runs out and another node takes it
		onDelivery = n -> {
			if (n == 5) {
				clock.advance(properties.sender().lease().plusSeconds(1));
				jdbc.update("update newsletter_edition set sender_run = 'autre-noeud', lease_until = ? where id = ?",
						OffsetDateTime.ofInstant(clock.instant().plus(properties.sender().lease()),
								java.time.ZoneOffset.UTC),
						edition);
			}
		};
		sender.runOnce();
		assertThat(received).hasSize(5);
		assertThat(count(edition, "SENT")).isEqualTo(5);
		assertThat(count(edition, "QUEUED")).as("the node that lost the lease sent nothing more").isEqualTo(7);
		assertThat(statusOf(edition)).isEqualTo("SENDING");

		EditionSender other = anotherNode();
		try {
			clock.advance(properties.sender().lease().plusSeconds(1));
			other.runOnce();
		}
		finally {
			other.shutdownLanes();
		}
		assertThat(statusOf(edition)).isEqualTo("SENT");
		assertThat(perRecipient()).hasSize(12).allSatisfy((to, times) -> assertThat(times).as(to).isEqualTo(1));
	}

	@Test
	void aSenderOvertakenWhileItsRelayIsSlowStopsAtOnceAndNobodyGetsTheEditionTwice() throws Exception {
		long edition = startedEdition(12);
		long third = jdbc.queryForObject("select id from newsletter_delivery where edition_id = ? order by id "
				+ "offset 2 rows fetch next 1 rows only", Long.class, edition);
		EditionSender other = anotherNode();
		CompletableFuture<Void> takeover = new CompletableFuture<>();
		// the relay takes longer than the lease over the 3rd message: meanwhile the other
		// node takes the edition over (GreenMail stores one message at a time, so the
		// relay answers this one once the other node has taken over, then serves it)
		onDelivery = n -> {
			if (n == 3) {
				clock.advance(properties.sender().lease().plusSeconds(1));
				CompletableFuture.runAsync(other::runOnce).whenComplete((done, failure) -> {
					if (failure == null) {
						takeover.complete(null);
					}
					else {
						takeover.completeExceptionally(failure);
					}
				});
				await().atMost(Duration.ofSeconds(30))
					.until(() -> "UNCERTAIN".equals(jdbc
						.queryForObject("select status from newsletter_delivery where id = ?", String.class, third)));
			}
		};
		try {
			sender.runOnce();
			takeover.get(60, TimeUnit.SECONDS);
		}
		finally {
			other.shutdownLanes();
		}
		assertThat(statusOf(edition)).isEqualTo("SENT");
		assertThat(jdbc.queryForList("select id from newsletter_delivery where status = 'UNCERTAIN'", Long.class))
			.as("only the message in flight when the lease was lost")
			.containsExactly(third);
		assertThat(count(edition, "SENT")).isEqualTo(11);
		assertThat(perRecipient()).hasSize(12).allSatisfy((to, times) -> assertThat(times).as(to).isEqualTo(1));
	}

	@Test
	void aCrashLeavesOnlyTheMessageInFlightOfEachConnectionInDoubt() {
		long edition = startedEdition(10);
		// a previous process claimed two lanes of five and died while handing the first
		// message of each
		List<Long> ids = jdbc.queryForList("select id from newsletter_delivery where edition_id = ? order by id",
				Long.class, edition);
		for (int i = 0; i < 10; i++) {
			jdbc.update("update newsletter_delivery set status = 'SENDING', claimed_by = ? where id = ?",
					"mort:1/" + (i / 5), ids.get(i));
		}
		sender.runOnce();
		assertThat(count(edition, "UNCERTAIN")).isEqualTo(2);
		assertThat(count(edition, "SENT")).isEqualTo(8);
		assertThat(received).as("the eight never handed over").hasSize(8);
		assertThat(jdbc.queryForList("select id from newsletter_delivery where status = 'UNCERTAIN' order by id",
				Long.class))
			.containsExactly(ids.get(0), ids.get(5));
	}

	@Test
	void anEditorSendsFailedDeliveriesAgainKnowinglyAndARedacteurCannot() throws Exception {
		long edition = startedEdition(6);
		sender.runOnce();
		assertThat(statusOf(edition)).isEqualTo("SENT");
		// the relay had refused two of them (as it does during an outage it reports with
		// a 5xx, or for an address it did not know yet)
		jdbc.update("update newsletter_delivery set status = 'FAILED', last_error = '550 boîte inconnue' where id in "
				+ "(select id from newsletter_delivery where edition_id = ? order by id limit 2)", edition);
		List<String> failed = jdbc.queryForList(
				"select email from newsletter_delivery where edition_id = ? and status = 'FAILED'", String.class,
				edition);
		mvc.perform(get("/admin/lettre/" + edition).with(user(editor)))
			.andExpect(content().string(containsString("action=\"/admin/lettre/" + edition + "/renvoyer-echecs\"")))
			.andExpect(content().string(containsString("data-confirm=\"Ces 2 envois ont été refusés")));
		mvc.perform(post("/admin/lettre/" + edition + "/renvoyer-echecs")
			.with(user(fixtures.editor(EditorialRole.REDACTEUR)))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(count(edition, "FAILED")).isEqualTo(2);

		received.clear();
		mvc.perform(post("/admin/lettre/" + edition + "/renvoyer-echecs").with(user(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(edition)).as("sending again").isEqualTo("SENDING");
		sender.runOnce();
		assertThat(received).containsExactlyInAnyOrderElementsOf(failed);
		assertThat(count(edition, "SENT")).isEqualTo(6);
		assertThat(statusOf(edition)).isEqualTo("SENT");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'NEWSLETTER_FAILED_REQUEUED'",
				Integer.class))
			.isEqualTo(1);
	}

	private EditionSender anotherNode() {
		return new EditionSender(editions, bean(Deliveries.class), bean(EditionRenderer.class),
				bean(EditionComposer.class), bean(Links.class), bean(Mailer.class), jdbc,
				bean(TransactionTemplate.class), properties, bean(PlatformProperties.class), bean(Clock.class));
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private long startedEdition(int recipients) {
		for (int i = 0; i < recipients; i++) {
			subscribers.save(Subscriber.imported("abonne" + i + "@example.ci", List.of(), "test", clock.instant()));
		}
		Edition draft = new Edition("Lettre de la panne", "Introduction.", null, clock.instant());
		draft.add(new ArticleSummary(1, "une-actualite", "Une actualité", "Chapô.", "solidarite", "Solidarité",
				clock.instant(), null, null, "fr"), clock.instant());
		long id = editions.save(draft).getId();
		assertThat(sender.start(id)).isTrue();
		return id;
	}

	private Map<String, Long> perRecipient() {
		return received.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private long count(long edition, String status) {
		return jdbc.queryForObject("select count(*) from newsletter_delivery where edition_id = ? and status = ?",
				Long.class, edition, status);
	}

	private String statusOf(long edition) {
		return jdbc.queryForObject("select status from newsletter_edition where id = ?", String.class, edition);
	}

	private Instant nextProbe(long edition) {
		return jdbc
			.queryForObject("select relay_next_probe from newsletter_edition where id = ?", OffsetDateTime.class,
					edition)
			.toInstant();
	}

}
