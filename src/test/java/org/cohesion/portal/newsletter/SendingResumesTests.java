package org.cohesion.portal.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cohesion.portal.PortalApplication;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.internal.EditionSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A send stopped mid-way resumes without sending anyone the edition twice: the
 * application is really shut down while its sender thread is delivering (as a deployment
 * or a restart would), then a new application starts on the same database and finishes
 * the job. Two application contexts in this JVM rather than two processes: the database
 * is an in-memory H2 kept alive between them, and the SMTP server is GreenMail, which
 * counts what it received.
 */
class SendingResumesTests {

	static final int SUBSCRIBERS = 120;

	GreenMail smtp;

	String database;

	@BeforeEach
	void startSmtp() {
		smtp = new GreenMail(new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		database = "jdbc:h2:mem:resume_" + UUID.randomUUID().toString().substring(0, 8)
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	@Test
	void aSendStoppedMidWayAndRestartedDeliversExactlyOnceToEachRecipient() {
		long edition;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			for (int i = 0; i < SUBSCRIBERS; i++) {
				jdbc.update("insert into newsletter_subscriber (email, status, interests, source, created_at, "
						+ "confirmed_at) values (?, 'ACTIVE', '', 'test', current_timestamp, current_timestamp)",
						"abonne" + i + "@example.ci");
			}
			Edition draft = new Edition("Lettre de reprise", "Introduction.", null, Instant.now());
			draft.add(new ArticleSummary(1, "une-actualite", "Une actualité", "Chapô.", "solidarite", "Solidarité",
					Instant.now(), null, null, "fr"), Instant.now());
			edition = first.getBean(EditionRepository.class).save(draft).getId();
			assertThat(first.getBean(EditionSender.class).start(edition)).isTrue();
			waitUntil(() -> smtp.getReceivedMessages().length >= 30, Duration.ofSeconds(60));
		} // the application stops here, in the middle of the send
		int afterStop = smtp.getReceivedMessages().length;
		assertThat(afterStop).as("stopped mid-way").isBetween(30, SUBSCRIBERS - 1);

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where status = 'SENT'",
					Integer.class))
				.as("everything handed to SMTP before the stop was recorded")
				.isEqualTo(afterStop);
			long id = edition;
			waitUntil(() -> "SENT"
				.equals(jdbc.queryForObject("select status from newsletter_edition where id = ?", String.class, id)),
					Duration.ofSeconds(60));
			assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where status <> 'SENT'",
					Integer.class))
				.isZero();
		}
		Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
			.map(SendingResumesTests::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perRecipient).hasSize(SUBSCRIBERS);
		assertThat(perRecipient.values()).allMatch(count -> count == 1);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=sa",
				"--spring.datasource.password=", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3027",
				"--portal.newsletter.sender.enabled=true", "--portal.newsletter.sender.poll-every=PT0.2S",
				"--portal.newsletter.sender.rate-per-second=40", "--portal.newsletter.sender.batch-size=5",
				"--portal.newsletter.secret=une-cle-de-test-assez-longue-pour-hmac", "--portal.demo.enabled=false");
	}

	private static void waitUntil(BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(end);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
