package org.cohesion.portal.mail;

import java.time.Clock;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.AccountAdministration;
import org.cohesion.portal.testing.FreeSmtp;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code spring.mail.host} set, mail really leaves through SMTP (GreenMail here).
 */
@IntegrationTest
@TestPropertySource(properties = { "portal.mail.from=portail@ministere.example" })
class SmtpMailerTests {

	static final ServerSetup SMTP = FreeSmtp.setup();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	Mailer mailer;

	@Autowired
	Outbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	UserAccountRepository users;

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

	@Test
	void whenTheMailServerIsDownAnInvitationIsCancelledAndAResetAnswersAsUsual() throws Exception {
		smtp.stop();
		CurrentEditor admin = new CurrentEditor(1, "chef@ministere.example", "Chef", EditorialRole.ADMINISTRATEUR);
		assertThatThrownBy(() -> administration.invite(admin, null, "absent@example.ci", "Absent",
				EditorialRole.REDACTEUR, Locale.FRENCH))
			.isInstanceOf(AccountAdministration.Refused.class)
			.hasMessage("accounts.invite.mailFailed");
		assertThat(users.findByEmail("absent@example.ci")).as("the invitation is rolled back").isEmpty();

		UserAccount known = new UserAccount("connu@example.ci", "Connu", EditorialRole.REDACTEUR, Clock.systemUTC());
		users.save(known);
		mvc.perform(post("/connexion/mot-de-passe-oublie").with(csrf()).param("email", "connu@example.ci"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Si un compte existe pour cette adresse")));
	}

}
