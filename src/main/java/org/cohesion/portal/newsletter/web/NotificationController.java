package org.cohesion.portal.newsletter.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cohesion.portal.newsletter.internal.NewsletterProperties;
import org.cohesion.portal.newsletter.internal.ProviderReports;
import org.springframework.http.ResponseEntity;
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

	private final ProviderReports reports;

	NotificationController(NewsletterProperties properties, ProviderReports reports) {
		this.properties = properties;
		this.reports = reports;
	}

	@PostMapping("/newsletter/notifications")
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
		if (type.equals("complaint")) {
			reports.complaint(email, detail);
		}
		else {
			reports.bounce(email, detail, event.path("permanent").asBoolean(false));
		}
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
