package org.cohesion.portal.newsletter;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.cohesion.portal.PortalApplication;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A send stopped mid-way resumes without sending anyone the edition twice: the
 * application is really shut down while its sending job is delivering (as a deployment or
 * a restart would), then a new application starts on the same database and finishes the
 * job. Two application contexts in this JVM rather than two processes, on one database
 * (an in-memory H2 kept alive between them, or a PostgreSQL schema), and GreenMail on a
 * free port. The shutdown starts while GreenMail holds the 30th message, and that message
 * is answered only once the sender has been asked to stop: the stop falls at the same
 * place in every run, with no timing window.
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
class SendingResumesTests {

	static final int SUBSCRIBERS = 120;

	static final int STOP_AT = 30;

	final ServerSetup setup = FreeSmtp.setup();

	GreenMail smtp;

	/** Every recipient GreenMail stored a message for. */
	final Queue<String> received = new ConcurrentLinkedQueue<>();

	volatile ConfigurableApplicationContext running;

	List<String> database;

	@BeforeEach
	void startSmtpAndDatabase() throws Exception {
		smtp = new GreenMail(setup);
		smtp.start();
		String name = "resume_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		if (TestDatabase.postgresql()) {
			try (Connection connection = TestDatabase.connectToPostgresql()) {
				connection.createStatement().execute("create schema " + name);
			}
			database = List.of("--spring.datasource.url=" + TestDatabase.postgresqlUrl() + "?currentSchema=" + name,
					"--spring.datasource.username=" + TestDatabase.postgresqlUser(), "--spring.datasource.password=",
					"--spring.flyway.default-schema=" + name, "--spring.flyway.schemas=" + name);
		}
		else {
			database = List.of(
					"--spring.datasource.url=jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--spring.datasource.password=");
		}
	}

	@AfterEach
	void stopSmtp() throws Exception {
		smtp.stop();
		if (TestDatabase.postgresql()) {
			String schema = database.get(0).substring(database.get(0).indexOf("currentSchema=") + 14);
			try (Connection connection = TestDatabase.connectToPostgresql()) {
				connection.createStatement().execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	@Test
	void aSendStoppedMidWayAndRestartedDeliversExactlyOnceToEachRecipient() throws Exception {
		CompletableFuture<Void> closed = new CompletableFuture<>();
		AtomicInteger count = new AtomicInteger();
		MessageDeliveryHandler store = smtp.getUserManager().getMessageDeliveryHandler();
		smtp.getUserManager().setMessageDeliveryHandler((message, to) -> {
			if (count.incrementAndGet() == STOP_AT) {
				// the deployment begins: the application is shut down while this message
				// is being delivered; it is answered once the sender was asked to stop
				ConfigurableApplicationContext first = running;
				EditionSender sender = first.getBean(EditionSender.class);
				CompletableFuture.runAsync(first::close).whenComplete((done, failure) -> closed.complete(null));
				await().atMost(Duration.ofSeconds(60)).until(() -> !sender.isRunning());
			}
			received.add(to.getEmail());
			return store.handle(message, to);
		});

		long edition;
		running = start();
		JdbcTemplate jdbc = running.getBean(JdbcTemplate.class);
		for (int i = 0; i < SUBSCRIBERS; i++) {
			jdbc.update(
					"insert into newsletter_subscriber (email, status, interests, source, created_at, "
							+ "confirmed_at) values (?, 'ACTIVE', '', 'test', current_timestamp, current_timestamp)",
					"abonne" + i + "@example.ci");
		}
		Edition draft = new Edition("Lettre de reprise", "Introduction.", null, Instant.now());
		draft.add(new ArticleSummary(1, "une-actualite", "Une actualité", "Chapô.", "solidarite", "Solidarité",
				Instant.now(), null, null, "fr"), Instant.now());
		edition = running.getBean(EditionRepository.class).save(draft).getId();
		assertThat(running.getBean(EditionSender.class).start(edition)).isTrue();
		closed.get(120, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(received).as("stopped after the message in flight").hasSize(STOP_AT);

		running = start();
		try {
			JdbcTemplate again = running.getBean(JdbcTemplate.class);
			assertThat(again.queryForObject("select count(*) from newsletter_delivery where status = 'SENT'",
					Integer.class))
				.as("everything handed to SMTP before the stop was recorded")
				.isEqualTo(STOP_AT);
			assertThat(again.queryForObject("select count(*) from newsletter_delivery where status = 'QUEUED'",
					Integer.class))
				.as("the rest given back untouched")
				.isEqualTo(SUBSCRIBERS - STOP_AT);
			long id = edition;
			await().atMost(Duration.ofSeconds(120))
				.until(() -> again.queryForObject("select status from newsletter_edition where id = ?", String.class,
						id), "SENT"::equals);
			assertThat(again.queryForObject("select count(*) from newsletter_delivery where status <> 'SENT'",
					Integer.class))
				.as("an orderly stop leaves nothing in doubt")
				.isZero();
		}
		finally {
			running.close();
		}
		Map<String, Long> perRecipient = received.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perRecipient).hasSize(SUBSCRIBERS);
		assertThat(perRecipient.values()).allMatch(times -> times == 1);
	}

	private ConfigurableApplicationContext start() {
		List<String> args = new ArrayList<>(database);
		args.addAll(List.of("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + setup.getPort(),
				"--portal.newsletter.sender.enabled=true", "--portal.newsletter.sender.poll-every=PT0.2S",
				"--portal.newsletter.sender.rate-per-second=40", "--portal.newsletter.sender.batch-size=5",
				"--portal.newsletter.sender.connections=1",
				"--portal.newsletter.secret=une-cle-de-test-assez-longue-pour-hmac", "--portal.demo.enabled=false"));
		return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
	}

}
