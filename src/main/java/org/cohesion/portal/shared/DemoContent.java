package org.cohesion.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.LocalTime;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demonstration content written for this project ({@code demo/content.json}), which
 * each module loads its own part of when {@code portal.demo.enabled} is true. Dates are
 * relative to today so the demo always looks current.
 */
public final class DemoContent {

	public static final String PROPERTY = "portal.demo.enabled";

	private static final String LOCATION = "demo/content.json";

	private DemoContent() {
	}

	public static JsonNode read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	/**
	 * When a demo item was published. Most items are {@code daysAgo} days old. An item
	 * whose text names a day of the year ("à l'approche de la Journée internationale… le
	 * 3 décembre") is dated from that day instead ({@code "event": "12-03"},
	 * {@code "daysBeforeEvent": 4}): its latest occurrence not in the future, so the text
	 * stays true whenever the demo is loaded.
	 */
	public static Instant published(JsonNode node, String defaultTime, Clock clock) {
		String time = node.path("time").asString(defaultTime);
		if (!node.hasNonNull("event")) {
			return instant(node.get("daysAgo").asInt(), time, clock);
		}
		MonthDay event = MonthDay.parse("--" + node.get("event").asString());
		int before = node.path("daysBeforeEvent").asInt(0);
		LocalDate today = LocalDate.now(clock);
		LocalDate date = event.atYear(today.getYear()).minusDays(before);
		if (date.isAfter(today)) {
			date = event.atYear(today.getYear() - 1).minusDays(before);
		}
		return instant((int) java.time.temporal.ChronoUnit.DAYS.between(date, today), time, clock);
	}

	/**
	 * {@code daysAgo} days before today at {@code time} in the site's zone, never in the
	 * future.
	 */
	public static Instant instant(int daysAgo, String time, Clock clock) {
		LocalTime at = time == null || time.isBlank() ? LocalTime.of(9, 0) : LocalTime.parse(time);
		Instant instant = LocalDate.now(clock).minusDays(daysAgo).atTime(at).atZone(clock.getZone()).toInstant();
		Instant now = clock.instant();
		return instant.isAfter(now) ? now.minusSeconds(3600L * (1 + daysAgo)) : instant;
	}

}
