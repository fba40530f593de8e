package org.cohesion.portal.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo texts that name a day of the year ("célébrée chaque 3 décembre", "le 30 juillet")
 * are dated from that day, so they stay true whatever day the demo is loaded.
 */
class DemoDatesTests {

	private static final Pattern DAY = Pattern.compile(
			"\\b(\\d{1,2})(?:er)?[ \\u00A0](janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b(?![ \\u00A0]\\d{4})");

	private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
			"août", "septembre", "octobre", "novembre", "décembre");

	private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

	@Test
	void everyDemoTextNamingADayOfTheYearIsDatedFromThatDay() {
		List<JsonNode> dated = new ArrayList<>();
		JsonNode content = DemoContent.read();
		for (String kind : List.of("articles", "flash")) {
			for (JsonNode node : content.get(kind)) {
				Matcher day = DAY.matcher(node.toString());
				if (day.find()) {
					MonthDay named = MonthDay.of(MONTHS.indexOf(day.group(2)) + 1, Integer.parseInt(day.group(1)));
					assertThat(node.path("event").asString(""))
						.as("%s names %s: it must be dated from it", node.path("title").asString(), named)
						.isEqualTo(named.toString().substring(2));
					dated.add(node);
				}
			}
		}
		assertThat(dated).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void anItemDatedFromADayIsPublishedJustBeforeItsLatestOccurrenceWhateverTheDayOfLoading() {
		JsonNode node = DemoContent.read()
			.get("articles")
			.valueStream()
			.filter(n -> "12-03".equals(n.path("event").asString("")))
			.findFirst()
			.orElseThrow();
		int before = node.path("daysBeforeEvent").asInt();
		for (Map.Entry<String, String> loaded : Map
			.of("2027-01-15", "2026-12-03", "2027-07-30", "2026-12-03", "2027-11-29", "2027-12-03", "2027-11-30",
					"2027-12-03", "2027-12-25", "2027-12-03")
			.entrySet()) {
			Clock clock = Clock.fixed(LocalDate.parse(loaded.getKey()).atTime(12, 0).toInstant(ZoneOffset.UTC),
					ABIDJAN);
			LocalDate published = LocalDate.ofInstant(DemoContent.published(node, "09:00", clock), ABIDJAN);
			LocalDate event = LocalDate.parse(loaded.getValue());
			assertThat(ChronoUnit.DAYS.between(published, event)).as("loaded on %s", loaded.getKey()).isEqualTo(before);
			assertThat(published).isBeforeOrEqualTo(LocalDate.parse(loaded.getKey()));
		}
	}

}
