package org.cohesion.portal.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, time-limited tokens for the public site's forms, which run without a session
 * (so without a CSRF token). A token names the form and the hour it was issued in, signed
 * with HMAC-SHA256 under {@code PORTAL_FORM_SECRET}; it is accepted for
 * {@link #VALIDITY}. Being the same for everyone within the hour, it does not spoil the
 * pages' shared cache and ETags; it proves that the form was taken from this site
 * recently, not who took it (rate limits and the honeypot do the rest).
 */
@Component
public class FormTokens {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(FormTokens.class);

	private final SecretKeySpec key;

	private final Clock clock;

	FormTokens(@Value("${portal.forms.secret:}") String secret, Clock clock) {
		this.clock = clock;
		this.key = new SecretKeySpec(keyBytes(secret, "PORTAL_FORM_SECRET", log), "HmacSHA256");
	}

	/**
	 * The configured secret, or a random one with a warning (development, demonstration):
	 * then tokens issued before a restart, or by another node, are refused.
	 */
	public static byte[] keyBytes(String secret, String variable, Logger log) {
		if (secret == null || secret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			log.warn("{} is not set: a random key is used until this process stops. Set it in production "
					+ "(32+ random bytes, the same on every node), or signed links and forms break at each restart.",
					variable);
			return random;
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	/** A token for this form, valid for a day. */
	public String issue(String form) {
		long hour = clock.instant().getEpochSecond() / 3600;
		return hour + "." + sign(form, hour);
	}

	public boolean verify(String form, String token) {
		if (token == null) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return false;
		}
		long hour;
		try {
			hour = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		long now = clock.instant().getEpochSecond() / 3600;
		if (hour > now || hour < now - VALIDITY.toHours()) {
			return false;
		}
		return MessageDigest.isEqual(sign(form, hour).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
	}

	private String sign(String form, long hour) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal((form + "|" + hour).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
