package org.cohesion.portal.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeMessage;

import org.cohesion.portal.mail.MailNotSent;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.mail.OutboxMessage;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.mail.SendListener;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
	 * The batch as a list of results, in order (see {@link #sendEach}); messages not
	 * handed over because the relay could not be reached are all UNREACHABLE.
	 */
	@Override
	public List<SendResult> sendAll(List<OutgoingMail> mails) {
		List<SendResult> results = new ArrayList<>(java.util.Collections.nCopies(mails.size(), null));
		sendEach(mails, (index, result) -> {
			results.set(index, result);
			return true;
		});
		SendResult unreachable = results.stream()
			.filter(r -> r != null && r.outcome() == SendResult.Outcome.UNREACHABLE)
			.findFirst()
			.orElse(new SendResult(SendResult.Outcome.UNREACHABLE, "not sent"));
		results.replaceAll(r -> r == null ? unreachable : r);
		return results;
	}

	/**
	 * One connection for the whole batch, as {@link JavaMailSender#send(MimeMessage...)}
	 * would open, but each message's answer is reported as it comes (Spring's sender only
	 * reports once the whole batch is through). A connection that breaks mid-batch is
	 * opened again for the next message; if it cannot be, the relay is out of reach and
	 * the rest of the batch stays here. Logged once per batch, never the body. Not
	 * transactional: no database connection is held while SMTP talks.
	 */
	@Override
	public void sendEach(List<OutgoingMail> mails, SendListener listener) {
		if (mails.isEmpty()) {
			return;
		}
		if (smtp == null) {
			Instant now = clock.instant();
			outbox.saveAll(mails.stream().map(mail -> new OutboxEntry(mail, now)).toList());
			for (int i = 0; i < mails.size(); i++) {
				if (!listener.handed(i, SendResult.accepted())) {
					return;
				}
			}
			return;
		}
		if (!(smtp instanceof JavaMailSenderImpl sender)) {
			List<SendResult> results = sendThroughSpring(mails);
			for (int i = 0; i < results.size() && listener.handed(i, results.get(i)); i++) {
			}
			return;
		}
		Transport transport = null;
		int refused = 0;
		try {
			for (int i = 0; i < mails.size(); i++) {
				MimeMessage message;
				try {
					message = prepare(toMime(sender, mails.get(i)));
				}
				catch (MessagingException ex) {
					if (!listener.handed(i,
							new SendResult(SendResult.Outcome.PERMANENT, "message malformé : " + ex.getMessage()))) {
						return;
					}
					continue;
				}
				if (transport == null) {
					try {
						transport = connect(sender);
					}
					catch (MessagingException ex) {
						log.warn("SMTP relay out of reach, {} mails kept back: {}", mails.size() - i,
								SmtpFailures.describe(ex));
						listener.handed(i, new SendResult(SendResult.Outcome.UNREACHABLE, SmtpFailures.describe(ex)));
						return;
					}
				}
				SendResult result;
				try {
					Address[] to = message.getAllRecipients();
					transport.sendMessage(message, to == null ? new Address[0] : to);
					result = SendResult.accepted();
				}
				catch (MessagingException ex) {
					refused++;
					if (SmtpFailures.replyCode(ex) <= 0) {
						// no answer from the server: the connection is gone (the message
						// may
						// have arrived before it broke); the next message opens a new one
						result = new SendResult(SendResult.Outcome.UNANSWERED, SmtpFailures.describe(ex));
						close(transport);
						transport = null;
					}
					else {
						result = SmtpFailures.classify(ex);
					}
				}
				if (!listener.handed(i, result)) {
					return;
				}
			}
		}
		finally {
			close(transport);
			if (refused > 0) {
				log.warn("Batch of {} mails: {} refused or not sent", mails.size(), refused);
			}
		}
	}

	/** What {@link JavaMailSenderImpl} does to each message before sending it. */
	private static MimeMessage prepare(MimeMessage message) throws MessagingException {
		if (message.getSentDate() == null) {
			message.setSentDate(new java.util.Date());
		}
		String messageId = message.getMessageID();
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
		return message;
	}

	/** As {@link JavaMailSenderImpl} connects (an empty user name means none). */
	private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
		String username = sender.getUsername();
		String password = sender.getPassword();
		if ("".equals(username)) {
			username = null;
			if ("".equals(password)) {
				password = null;
			}
		}
		String protocol = sender.getProtocol();
		Transport transport = sender.getSession().getTransport(protocol == null ? "smtp" : protocol);
		transport.connect(sender.getHost(), sender.getPort(), username, password);
		return transport;
	}

	private static void close(@Nullable Transport transport) {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				// the connection is already gone
			}
		}
	}

	/** Another JavaMailSender than Spring's: its batch send, results at the end. */
	private List<SendResult> sendThroughSpring(List<OutgoingMail> mails) {
		JavaMailSender smtp = Objects.requireNonNull(this.smtp);
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
			for (int i = 0; i < messages.length; i++) {
				if (messages[i] != null) {
					results.set(i, new SendResult(SendResult.Outcome.UNREACHABLE, SmtpFailures.describe(ex)));
				}
			}
			return results;
		}
		for (int i = 0; i < messages.length; i++) {
			if (messages[i] != null) {
				Exception failure = failed.get(messages[i]);
				results.set(i, failure == null ? SendResult.accepted() : SmtpFailures.classify(failure));
			}
		}
		return results;
	}

	@Override
	public Optional<String> relayProblem() {
		if (!(smtp instanceof JavaMailSenderImpl sender)) {
			return Optional.empty();
		}
		try {
			close(connect(sender));
			return Optional.empty();
		}
		catch (MessagingException ex) {
			return Optional.of(SmtpFailures.describe(ex));
		}
	}

	/**
	 * Asked at sign-up for an address with a non-ASCII local part; the relay's answer is
	 * kept ten minutes (one connection, not one per sign-up).
	 */
	@Override
	public boolean deliversUtf8Addresses() {
		if (!(smtp instanceof JavaMailSenderImpl sender)) {
			return smtp == null;
		}
		Instant now = clock.instant();
		Utf8Support known = utf8;
		if (known != null && known.until().isAfter(now)) {
			return known.supported();
		}
		boolean supported;
		Transport transport = null;
		try {
			transport = connect(sender);
			// Angus Mail's SMTPTransport, read by name: the implementation stays a
			// runtime
			// dependency
			supported = (boolean) transport.getClass()
				.getMethod("supportsExtension", String.class)
				.invoke(transport, "SMTPUTF8");
		}
		catch (MessagingException | ReflectiveOperationException | ClassCastException ex) {
			// unknown (the relay is down): refuse for now, ask again next time
			return false;
		}
		finally {
			close(transport);
		}
		utf8 = new Utf8Support(supported, now.plus(java.time.Duration.ofMinutes(10)));
		return supported;
	}

	private record Utf8Support(boolean supported, Instant until) {
	}

	private volatile @Nullable Utf8Support utf8;

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
