package org.cohesion.portal.casework.referral;

import java.util.List;

import org.cohesion.portal.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a provider's staff by e-mail that a referral awaits them. The message carries no
 * personal data and no case code — only that something awaits and where to sign in — so a
 * mailbox read over a shoulder or a relay's logs give nothing away. Sent through the SMTP
 * relay when one is configured ({@code spring.mail.host}); the in-app notification is
 * written either way, and a relay failure never undoes the referral.
 */
@Component
class ReferralMail {

	private static final Logger log = LoggerFactory.getLogger(ReferralMail.class);

	private final @Nullable JavaMailSender smtp;

	private final PlatformProperties platform;

	private final String from;

	ReferralMail(ObjectProvider<JavaMailSender> smtp, PlatformProperties platform,
			@Value("${portal.mail.from:mnr@localhost}") String from) {
		this.smtp = smtp.getIfAvailable();
		this.platform = platform;
		this.from = from;
	}

	void referralAwaits(List<String> addresses, boolean urgent) {
		if (smtp == null || addresses.isEmpty()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(addresses.toArray(String[]::new));
		message.setSubject(urgent ? "MNR : un référencement urgent attend votre réponse"
				: "MNR : un référencement attend votre réponse");
		message.setText("""
				Bonjour,

				un référencement a été adressé à votre structure dans le Mécanisme national de référencement.
				Connectez-vous pour le consulter et y répondre :
				%s/mnr/referencements

				Ce message ne contient volontairement aucune information sur la personne.
				""".formatted(platform.baseUrlWithoutSlash()));
		try {
			smtp.send(message);
		}
		catch (MailException ex) {
			// the in-app notification stands; the relay's trouble is an operator's matter
			log.warn("Referral e-mail not sent: {}", ex.getClass().getSimpleName());
		}
	}

}
