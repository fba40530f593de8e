package org.cohesion.portal.newsletter.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.newsletter.domain.Subscriber;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.newsletter.internal.Deliveries;
import org.cohesion.portal.newsletter.internal.NewsletterProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounce and complaint notifications from the mail provider (docs/OPERATIONS.md gives the
 * format). The body must be signed: {@code X-Portal-Signature: sha256=<hex
 * HMAC-SHA256 of the raw body under PORTAL_NEWSLETTER_WEBHOOK_SECRET>}. With no secret
 * configured, every call is refused. A complaint suppresses the address at once; a hard
 * bounce counts towards the suppression limit; a soft bounce is only recorded.
 */
@RestController
class NotificationController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NewsletterProperties properties;

	private final SubscriberRepository subscribers;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	NotificationController(NewsletterProperties properties, SubscriberRepository subscribers, Deliveries deliveries,
			AuditTrail audit, Clock clock) {
		this.properties = properties;
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/newsletter/notifications")
	@Transactional
	ResponseEntity<String> notify(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Portal-Signature", defaultValue = "") String signature) {
		if (properties.webhookSecret().isBlank() || body == null || !signed(body, signature)) {
			return ResponseEntity.status(401).body("signature invalide\n");
		}
		JsonNode event;
		try {
			event = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return ResponseEntity.badRequest().body("JSON invalide\n");
		}
		String type = event.path("type").asString("");
		String email = event.path("email").asString("");
		String detail = event.path("detail").asString("");
		if (email.isBlank() || !(type.equals("complaint") || type.equals("bounce"))) {
			return ResponseEntity.badRequest().body("type (bounce|complaint) et email requis\n");
		}
		subscribers.findByEmail(Subscriber.normalise(email)).ifPresent(subscriber -> {
			if (type.equals("complaint")) {
				subscriber.suppress("plainte : " + detail, clock.instant());
				audit.record("fournisseur d’envoi", null, "NEWSLETTER_COMPLAINT", "newsletter_subscriber",
						String.valueOf(subscriber.getId()), "Plainte reçue : adresse suspendue", null, null);
			}
			else {
				deliveries.bounced(subscriber.getId(), detail);
				if (event.path("permanent").asBoolean(false)) {
					subscriber.hardBounce(properties.hardBounceLimit(), detail, clock.instant());
				}
			}
		});
		// the same answer for an unknown address: the provider has nothing to retry
		return ResponseEntity.ok("ok\n");
	}

	private boolean signed(byte[] body, String signature) {
		if (!signature.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(properties.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
			return MessageDigest.isEqual(expected,
					signature.substring("sha256=".length())
						.toLowerCase(java.util.Locale.ROOT)
						.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
