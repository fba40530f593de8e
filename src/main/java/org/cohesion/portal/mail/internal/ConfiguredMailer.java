package org.cohesion.portal.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeMessage;

import org.cohesion.portal.mail.MailNotSent;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.mail.OutboxMessage;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.mail.SendResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
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
			smtp.send(toMime(smtp, mail));
			log.info("Mail sent to {}: {}", mail.to(), mail.subject());
		}
		catch (MessagingException | MailException ex) {
			throw new MailNotSent("Mail to " + mail.to() + " could not be sent", ex);
		}
	}

	/**
	 * {@link JavaMailSender#send(MimeMessage...)} opens one connection for the whole
	 * batch and keeps an explicit Message-ID; it reports each refused message in
	 * {@link MailSendException#getFailedMessages()}, which we turn into one result per
	 * message. Logged once per batch, not per message. Not transactional: no database
	 * connection is held while SMTP talks (the outbox's saveAll has its own transaction).
	 */
	@Override
	public List<SendResult> sendAll(List<OutgoingMail> mails) {
		if (mails.isEmpty()) {
			return List.of();
		}
		if (smtp == null) {
			Instant now = clock.instant();
			outbox.saveAll(mails.stream().map(mail -> new OutboxEntry(mail, now)).toList());
			return mails.stream().map(mail -> SendResult.accepted()).toList();
		}
		List<SendResult> results = new ArrayList<>(mails.size());
		MimeMessage[] messages = new MimeMessage[mails.size()];
		for (int i = 0; i < mails.size(); i++) {
			try {
				messages[i] = toMime(smtp, mails.get(i));
				results.add(null);
			}
			catch (MessagingException ex) {
				results.add(new SendResult(SendResult.Outcome.PERMANENT, "message malformé : " + ex.getMessage()));
			}
		}
		MimeMessage[] built = java.util.Arrays.stream(messages).filter(Objects::nonNull).toArray(MimeMessage[]::new);
		Map<Object, Exception> failed = Map.of();
		try {
			smtp.send(built);
		}
		catch (MailSendException ex) {
			failed = ex.getFailedMessages();
		}
		catch (MailException ex) {
			// authentication refused and the like: nothing of the batch went out
			for (int i = 0; i < messages.length; i++) {
				if (messages[i] != null) {
					results.set(i, new SendResult(SendResult.Outcome.TEMPORARY, SmtpFailures.describe(ex)));
				}
			}
			log.warn("Batch of {} mails not sent: {}", mails.size(), SmtpFailures.describe(ex));
			return results;
		}
		for (int i = 0; i < messages.length; i++) {
			if (messages[i] == null) {
				continue;
			}
			Exception failure = failed.get(messages[i]);
			results.set(i, failure == null ? SendResult.accepted() : SmtpFailures.classify(failure));
		}
		if (!failed.isEmpty()) {
			log.warn("Batch of {} mails: {} refused or not sent", mails.size(), failed.size());
		}
		return results;
	}

	/**
	 * Plain text alone, or multipart/alternative (text, then HTML): the simplest
	 * structure every mail client reads, and cheaper to build than MimeMessageHelper's
	 * mixed/related nesting, which only attachments would need.
	 */
	private MimeMessage toMime(JavaMailSender smtp, OutgoingMail mail) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
		message.setSubject(mail.subject(), "UTF-8");
		if (mail.html() == null) {
			message.setText(mail.text(), "UTF-8");
		}
		else {
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text(), "UTF-8");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.html(), "UTF-8", "html");
			message.setContent(new MimeMultipart("alternative", text, html));
		}
		for (Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		return message;
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
