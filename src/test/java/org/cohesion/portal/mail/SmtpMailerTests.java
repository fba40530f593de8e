package org.cohesion.portal.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.mail.host} set, mail really leaves through SMTP (GreenMail here).
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"portal.mail.from=portail@ministere.example" })
class SmtpMailerTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Mailer mailer;

	@Autowired
	Outbox outbox;

	@Test
	void sendsThroughSmtpWhenAHostIsConfiguredAndKeepsNothingInTheOutbox() throws Exception {
		int kept = outbox.latest(1000).size();
		mailer.send(new OutgoingMail("awa@example.ci", "Invitation à l’espace de rédaction",
				"Bonjour Awa,\n\nVoici votre lien.", "<p>Bonjour Awa,</p><p>Voici votre lien.</p>"));

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Invitation à l’espace de rédaction");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("awa@example.ci");
		assertThat(received.getFrom()[0].toString()).isEqualTo("portail@ministere.example");
		assertThat(GreenMailUtil.getBody(received)).contains("Voici votre lien");
		assertThat(outbox.smtpConfigured()).isTrue();
		assertThat(outbox.latest(1000)).hasSize(kept);
	}

}
