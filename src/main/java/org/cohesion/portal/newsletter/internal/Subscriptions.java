package org.cohesion.portal.newsletter.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.cohesion.portal.mail.MailNotSent;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.newsletter.domain.Consent;
import org.cohesion.portal.newsletter.domain.ConsentRepository;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.domain.SubscriberStatus;
import org.cohesion.portal.newsletter.internal.Links.Purpose;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader can do with their subscription: sign up (double opt-in), confirm, leave,
 * change interests, ask for their data, have it erased. Every answer that reaches a
 * stranger is the same whether the address is known or not.
 */
@Service
public class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriberRepository subscribers;

	private final ConsentRepository consents;

	private final Links links;

	private final Mailer mailer;

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final SiteProperties site;

	private final PlatformProperties platform;

	private final Clock clock;

	Subscriptions(SubscriberRepository subscribers, ConsentRepository consents, Links links, Mailer mailer,
			TemplateEngine templates, MessageSource messages, SiteProperties site, PlatformProperties platform,
			Clock clock) {
		this.subscribers = subscribers;
		this.consents = consents;
		this.links = links;
		this.mailer = mailer;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * Whether an address with a non-ASCII local part can be written to: the relay must
	 * speak SMTPUTF8 (the development outbox keeps anything).
	 */
	public boolean canWriteToUtf8Addresses() {
		return mailer.deliversUtf8Addresses();
	}

	/**
	 * Records the consent and sends a confirmation link, unless the address is already
	 * active (then nothing happens, and the caller answers the same).
	 */
	@Transactional
	public void subscribe(String email, Collection<String> interests, @Nullable String ip, String wording,
			Locale locale) {
		Instant now = clock.instant();
		String address = Subscriber.normalise(email);
		Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
		if (subscriber == null) {
			try {
				subscriber = subscribers
					.saveAndFlush(Subscriber.pending(address, interests, "formulaire du site", now));
			}
			catch (DataIntegrityViolationException ex) {
				return; // the same address signed up at the same instant elsewhere
			}
		}
		String nonce = nonce();
		if (!subscriber.requestConfirmation(nonce, interests, now)) {
			return;
		}
		consents.save(new Consent(subscriber.getId(), now, ip, "formulaire du site", wording));
		String link = links.confirmUrl(subscriber.getId(), nonce, now.plus(Subscriber.CONFIRMATION_VALIDITY));
		send(address, t("newsletter.mail.confirm.subject", locale, site.name()),
				List.of(t("newsletter.mail.confirm.intro", locale, site.name())), link,
				t("newsletter.mail.confirm.button", locale), List.of(t("newsletter.mail.confirm.ignore", locale)),
				locale);
	}

	/** Whether this confirmation link can still be used (the page with the button). */
	@Transactional(readOnly = true)
	public boolean confirmable(String token) {
		return links.check(Purpose.CONFIRM, token)
			.flatMap(claim -> subscribers.findById(claim.subscriberId())
				.filter(s -> s.canConfirm(claim.nonce(), clock.instant())))
			.isPresent();
	}

	/** The button was pressed: confirms, once. */
	@Transactional
	public boolean confirm(String token, @Nullable String ip) {
		Instant now = clock.instant();
		Optional<Links.Claim> claim = links.check(Purpose.CONFIRM, token);
		if (claim.isEmpty()) {
			return false;
		}
		Subscriber subscriber = subscribers.findById(claim.get().subscriberId()).orElse(null);
		if (subscriber == null || !subscriber.confirm(claim.get().nonce(), now)) {
			return false;
		}
		List<Consent> given = consents.findBySubscriberIdOrderByGivenAtAsc(subscriber.getId());
		if (!given.isEmpty()) {
			given.get(given.size() - 1).confirmed(now, ip);
		}
		return true;
	}

	/** One-click unsubscribe: idempotent; false only for a forged or unknown link. */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Subscriber> subscriber = find(Purpose.UNSUBSCRIBE, token).or(() -> find(Purpose.MANAGE, token));
		subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
		return subscriber.isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<SubscriberView> manage(String token) {
		return find(Purpose.MANAGE, token).map(this::view);
	}

	@Transactional
	public boolean changeInterests(String token, Collection<String> interests) {
		Optional<Subscriber> subscriber = find(Purpose.MANAGE, token);
		subscriber.ifPresent(s -> s.changeInterests(interests));
		return subscriber.isPresent();
	}

	/** Erasure: the address, its consent records and its deliveries go. */
	@Transactional
	public boolean erase(String token) {
		Optional<Subscriber> subscriber = find(Purpose.MANAGE, token);
		subscriber.ifPresent(this::erase);
		return subscriber.isPresent();
	}

	@Transactional
	public void erase(Subscriber subscriber) {
		consents.deleteBySubscriberId(subscriber.getId());
		subscribers.delete(subscriber);
	}

	/**
	 * Sends what is held about this address to this address (and nothing to anybody if
	 * nothing is held): only the mailbox's owner reads it.
	 */
	@Transactional
	public void sendData(String email, Locale locale) {
		subscribers.findByEmail(Subscriber.normalise(email)).ifPresent(subscriber -> {
			SubscriberView view = view(subscriber);
			List<String> lines = new ArrayList<>();
			lines.add(t("newsletter.data.email", locale) + " : " + view.email());
			lines.add(t("newsletter.data.status", locale) + " : " + t("newsletter.status." + view.status(), locale));
			lines.add(t("newsletter.data.since", locale) + " : " + date(view.createdAt(), locale));
			lines.add(t("newsletter.data.interests", locale) + " : " + (view.interests().isEmpty()
					? t("newsletter.data.allSections", locale) : String.join(", ", view.interests())));
			for (Consent consent : consents.findBySubscriberIdOrderByGivenAtAsc(subscriber.getId())) {
				lines.add(t("newsletter.data.consent", locale, date(consent.getGivenAt(), locale),
						consent.getIp() == null ? "—" : consent.getIp(), consent.getSource()) + " « "
						+ consent.getWording() + " »");
			}
			send(view.email(), t("newsletter.mail.data.subject", locale, site.name()), lines,
					links.manageUrl(subscriber.getId()), t("newsletter.mail.data.button", locale),
					List.of(t("newsletter.mail.data.after", locale, site.email())), locale);
		});
	}

	private String date(Instant instant, Locale locale) {
		return FrenchDates.longDate(instant, platform.timeZone(), locale);
	}

	private Optional<Subscriber> find(Purpose purpose, String token) {
		return links.check(purpose, token).flatMap(claim -> subscribers.findById(claim.subscriberId()));
	}

	private SubscriberView view(Subscriber s) {
		return new SubscriberView(s.getId(), s.getEmail(), s.getStatus(), List.copyOf(s.interestSet()),
				s.getCreatedAt(), s.getConfirmedAt());
	}

	private void send(String to, String subject, List<String> before, String link, String linkLabel, List<String> after,
			Locale locale) {
		StringOutput html = new StringOutput();
		templates.render("mail/link.jte", java.util.Map.of("language", locale.getLanguage(), "siteName", site.name(),
				"subject", subject, "before", before, "link", link, "linkLabel", linkLabel, "after", after), html);
		StringBuilder text = new StringBuilder(site.name()).append("\n\n");
		before.forEach(line -> text.append(line).append("\n\n"));
		text.append(linkLabel).append(" :\n").append(link).append("\n\n");
		after.forEach(line -> text.append(line).append("\n\n"));
		try {
			mailer.send(new OutgoingMail(to, subject, text.toString().strip() + "\n", html.toString()));
		}
		catch (MailNotSent ex) {
			// the answer stays the same; the person can ask again
			log.warn("Newsletter mail not sent: {}", ex.getMessage());
		}
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String nonce() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A subscriber as the person sees themself on the preferences page. */
	public record SubscriberView(long id, String email, SubscriberStatus status, List<String> interests,
			Instant createdAt, @Nullable Instant confirmedAt) {

		public boolean active() {
			return status == SubscriberStatus.ACTIVE;
		}

	}

}
