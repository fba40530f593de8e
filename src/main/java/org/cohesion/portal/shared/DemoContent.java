package org.cohesion.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
