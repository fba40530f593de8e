package org.cohesion.portal.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cohesion.portal.mail.OutboxMessage;
import org.cohesion.portal.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_outbox")
class OutboxEntry {

	static final int MAX_BODY = 200_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 254)
	private String recipient;

	@Column(nullable = false, length = 300)
	private String subject;

	@Column(nullable = false, length = MAX_BODY)
	private String textBody;

	@Column(length = MAX_BODY)
	private @Nullable String htmlBody;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(length = 4000)
	private @Nullable String headers;

	protected OutboxEntry() {
	}

	OutboxEntry(OutgoingMail mail, Instant now) {
		this.recipient = mail.to();
		this.subject = mail.subject();
		this.textBody = mail.text();
		this.htmlBody = mail.html();
		this.createdAt = now;
		this.headers = mail.headers().isEmpty() ? null
				: mail.headers()
					.entrySet()
					.stream()
					.map(header -> header.getKey() + ": " + header.getValue())
					.collect(java.util.stream.Collectors.joining("\n"));
	}

	Long getId() {
		return id;
	}

	OutboxMessage toMessage() {
		return new OutboxMessage(id, recipient, subject, textBody, htmlBody, createdAt, headers == null ? "" : headers);
	}

}
