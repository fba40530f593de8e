package org.cohesion.portal.newsletter.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsletter's settings ({@code portal.newsletter.*}).
 *
 * @param secret HMAC key of the links in e-mails (confirm, unsubscribe, preferences);
 * {@code PORTAL_NEWSLETTER_SECRET}, the same on every node
 * @param webhookSecret shared secret of the provider's bounce and complaint notifications
 * ({@code PORTAL_NEWSLETTER_WEBHOOK_SECRET}); empty: the endpoint refuses everything
 * @param composeDay the day of the month on which the previous month's edition is drafted
 * @param hardBounceLimit hard bounces after which an address is suppressed
 * @param sender the background sending job
 * @param limits the sign-up form's rate limits
 */
@ConfigurationProperties("portal.newsletter")
public record NewsletterProperties(@DefaultValue("") String secret, @DefaultValue("") String webhookSecret,
		@DefaultValue("1") int composeDay, @DefaultValue("2") int hardBounceLimit, @DefaultValue Sender sender,
		@DefaultValue Limits limits) {

	/**
	 * @param enabled whether this node runs the job at all (it still needs to win the
	 * lease to send)
	 * @param pollEvery how often the job looks for work
	 * @param ratePerSecond most messages handed to SMTP per second
	 * @param batchSize messages claimed at a time, between the lease's renewals (shared
	 * between the connections; each answer of the relay is recorded as it comes, so a
	 * process killed mid-batch leaves at most one message per connection in doubt)
	 * @param maxAttempts attempts before a temporarily refused message is given up
	 * @param retryAfter the first retry's delay; each next one waits four times longer
	 * @param lease how long a node keeps the right to send an edition without renewing it
	 * @param connections SMTP connections used at once for a batch (each carries its
	 * share of the batch): SMTP waits for the server after every command, so parallel
	 * connections are what keeps a relay busy
	 * @param probeFirst while the relay cannot be reached, the first wait before trying
	 * it again; each next wait is a quarter of the outage so far
	 * @param probeMax the longest wait between two tries of an unreachable relay
	 */
	public record Sender(@DefaultValue("true") boolean enabled, @DefaultValue("PT15S") Duration pollEvery,
			@DefaultValue("50") int ratePerSecond, @DefaultValue("50") int batchSize,
			@DefaultValue("4") int connections, @DefaultValue("6") int maxAttempts,
			@DefaultValue("PT1M") Duration retryAfter, @DefaultValue("PT2M") Duration lease,
			@DefaultValue("PT30S") Duration probeFirst, @DefaultValue("PT1H") Duration probeMax) {
	}

	/**
	 * @param perIpPerHour sign-up and data requests per client address and hour
	 * @param perEmailPerDay confirmation or data e-mails per address and day
	 */
	public record Limits(@DefaultValue("20") int perIpPerHour, @DefaultValue("3") int perEmailPerDay) {
	}

}
