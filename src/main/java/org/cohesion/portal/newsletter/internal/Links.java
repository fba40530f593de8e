package org.cohesion.portal.newsletter.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cohesion.portal.newsletter.FormTokens;
import org.cohesion.portal.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed links of the newsletter's e-mails. A token is {@code payload.signature}, both
 * base64url; the payload says what for ({@code c} confirm, {@code u} unsubscribe,
 * {@code m} manage), for whom, and for a confirmation its single-use nonce and its
 * expiry. Unsubscribe and manage links do not expire: an old e-mail must still let one
 * leave.
 */
@Component
public class Links {

	public enum Purpose {

		CONFIRM("c"), UNSUBSCRIBE("u"), MANAGE("m");

		final String code;

		Purpose(String code) {
			this.code = code;
		}

	}

	/** A checked token: who, and the nonce of a confirmation link. */
	public record Claim(long subscriberId, String nonce) {
	}

	private static final Logger log = LoggerFactory.getLogger(Links.class);

	private final SecretKeySpec key;

	private final Clock clock;

	private final String baseUrl;

	Links(NewsletterProperties properties, PlatformProperties platform, Clock clock) {
		this.key = new SecretKeySpec(FormTokens.keyBytes(properties.secret(), "PORTAL_NEWSLETTER_SECRET", log),
				"HmacSHA256");
		this.clock = clock;
		this.baseUrl = platform.baseUrlWithoutSlash();
	}

	public String confirmToken(long subscriberId, String nonce, Instant expires) {
		return token(Purpose.CONFIRM.code + ":" + subscriberId + ":" + nonce + ":" + expires.getEpochSecond());
	}

	public String token(Purpose purpose, long subscriberId) {
		return token(purpose.code + ":" + subscriberId);
	}

	public String confirmUrl(long subscriberId, String nonce, Instant expires) {
		return baseUrl + "/newsletter/confirmation?j=" + confirmToken(subscriberId, nonce, expires);
	}

	public String unsubscribeUrl(long subscriberId) {
		return baseUrl + "/newsletter/desinscription?j=" + token(Purpose.UNSUBSCRIBE, subscriberId);
	}

	public String manageUrl(long subscriberId) {
		return baseUrl + "/newsletter/preferences?j=" + token(Purpose.MANAGE, subscriberId);
	}

	/** The claim of a genuine, unexpired token for this purpose. */
	public Optional<Claim> check(Purpose purpose, String token) {
		if (token == null || token.length() > 400) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String payload;
		try {
			payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String[] parts = payload.split(":");
		try {
			if (!parts[0].equals(purpose.code)) {
				return Optional.empty();
			}
			long id = Long.parseLong(parts[1]);
			if (purpose == Purpose.CONFIRM) {
				if (parts.length != 4 || clock.instant().getEpochSecond() > Long.parseLong(parts[3])) {
					return Optional.empty();
				}
				return Optional.of(new Claim(id, parts[2]));
			}
			return parts.length == 2 ? Optional.of(new Claim(id, "")) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private String token(String payload) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ sign(payload);
	}

	/** One Mac per thread: the sender signs two links per message. */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String sign(String payload) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
