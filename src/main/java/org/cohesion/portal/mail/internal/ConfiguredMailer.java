package org.cohesion.portal.mail.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.cohesion.portal.mail.MailNotSent;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.mail.OutboxMessage;
import org.cohesion.portal.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Boot only creates a {@link JavaMailSender} when {@code spring.mail.host} is set:
 * with one, mail goes out through SMTP; without, it is kept in the outbox table. Only the
 * recipient and subject are logged, never the body (it may hold a sign-in link).
 */
@Service
class ConfiguredMailer implements Mailer, Outbox {

	private static final Logger log = LoggerFactory.getLogger(ConfiguredMailer.class);

	private final @Nullable JavaMailSender smtp;

	private final OutboxRepository outbox;

	private final Clock clock;

	private final String from;

	ConfiguredMailer(ObjectProvider<JavaMailSender> smtp, OutboxRepository outbox, Clock clock,
			@Value("${portal.mail.from:no-reply@localhost}") String from) {
		this.smtp = smtp.getIfAvailable();
		this.outbox = outbox;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * A failure does not spoil the caller's transaction: the caller decides what it
	 * means.
	 */
	@Override
	@Transactional(noRollbackFor = MailNotSent.class)
	public void send(OutgoingMail mail) {
		if (smtp == null) {
			outbox.save(new OutboxEntry(mail, clock.instant()));
			log.info("Mail to {} kept in the outbox (no SMTP server configured): {}", mail.to(), mail.subject());
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			if (mail.html() != null) {
				helper.setText(mail.text(), mail.html());
			}
			else {
				helper.setText(mail.text());
			}
			smtp.send(message);
			log.info("Mail sent to {}: {}", mail.to(), mail.subject());
		}
		catch (MessagingException | MailException ex) {
			throw new MailNotSent("Mail to " + mail.to() + " could not be sent", ex);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutboxMessage> latest(int limit) {
		return outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, limit))
			.stream()
			.map(OutboxEntry::toMessage)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OutboxMessage> find(long id) {
		return outbox.findById(id).map(OutboxEntry::toMessage);
	}

	@Override
	public boolean smtpConfigured() {
		return smtp != null;
	}

}
