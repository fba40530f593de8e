package org.cohesion.portal.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts are written with their real singular and plural (MessageFormat's
 * {@code choice}), never « référencement(s) », in French and in English, through the same
 * kind of {@code MessageSource} the application uses.
 */
class CaseworkPluralsTests {

	private static final Locale FRENCH = Locale.FRENCH;

	private static final Locale ENGLISH = Locale.ENGLISH;

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void noMessageWritesAnOptionalPluralInParentheses() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames())
				.filteredOn(key -> properties.getProperty(key).matches("(?s).*\\p{L}\\((s|e|es|x)\\).*"))
				.as(bundle)
				.isEmpty();
		}
	}

	@Test
	void whatIsStillOpenOnACaseIsCountedInFrench() {
		assertThat(fr("mnr.closure.openItems.referrals", 0)).isEqualTo("aucun référencement non terminé");
		assertThat(fr("mnr.closure.openItems.referrals", 1)).isEqualTo("un référencement non terminé");
		assertThat(fr("mnr.closure.openItems.referrals", 2)).isEqualTo("2 référencements non terminés");
		assertThat(fr("mnr.closure.openItems.actions", 0)).isEqualTo("aucune action du plan non réalisée");
		assertThat(fr("mnr.closure.openItems.actions", 1)).isEqualTo("une action du plan non réalisée");
		assertThat(fr("mnr.closure.openItems.actions", 2)).isEqualTo("2 actions du plan non réalisées");
		assertThat(fr("mnr.closure.openItems.followUps", 0)).isEqualTo("aucun suivi à faire");
		assertThat(fr("mnr.closure.openItems.followUps", 1)).isEqualTo("un suivi à faire");
		assertThat(fr("mnr.closure.openItems.followUps", 2)).isEqualTo("2 suivis à faire");
	}

	@Test
	void whatIsStillOpenOnACaseIsCountedInEnglish() {
		assertThat(en("mnr.closure.openItems.referrals", 0)).isEqualTo("no referral left open");
		assertThat(en("mnr.closure.openItems.referrals", 1)).isEqualTo("one referral not done");
		assertThat(en("mnr.closure.openItems.referrals", 2)).isEqualTo("2 referrals not done");
		assertThat(en("mnr.closure.openItems.actions", 1)).isEqualTo("one plan action not done");
		assertThat(en("mnr.closure.openItems.actions", 2)).isEqualTo("2 plan actions not done");
		assertThat(en("mnr.closure.openItems.followUps", 1)).isEqualTo("one follow-up to do");
		assertThat(en("mnr.closure.openItems.followUps", 2)).isEqualTo("2 follow-ups to do");
	}

	@Test
	void waitsAgesPlacesAndAuditEntriesTakeTheirPlural() {
		assertThat(fr("mnr.signin.wait", 1)).isEqualTo("Trop d’essais. Réessayez dans une minute.");
		assertThat(fr("mnr.signin.wait", 2)).isEqualTo("Trop d’essais. Réessayez dans 2 minutes.");
		assertThat(en("mnr.signin.wait", 1)).isEqualTo("Too many attempts. Try again in one minute.");
		assertThat(en("mnr.signin.wait", 15)).isEqualTo("Too many attempts. Try again in 15 minutes.");
		assertThat(fr("mnr.referral.age", 0)).isEqualTo("moins d’un an");
		assertThat(fr("mnr.referral.age", 1)).isEqualTo("1 an");
		assertThat(fr("mnr.referral.age", 2)).isEqualTo("2 ans");
		assertThat(en("mnr.referral.age", 1)).isEqualTo("1 year old");
		assertThat(en("mnr.referral.age", 2)).isEqualTo("2 years old");
		assertThat(fr("mnr.service.capacity.aboveTotal", 1)).isEqualTo("Le service ne compte qu’une place au total.");
		assertThat(fr("mnr.service.capacity.aboveTotal", 2)).isEqualTo("Le service ne compte que 2 places au total.");
		assertThat(en("mnr.service.capacity.aboveTotal", 1)).isEqualTo("The service has only one place in all.");
		assertThat(fr("mnr.audit.intact", 1)).endsWith("une entrée vérifiée.");
		assertThat(fr("mnr.audit.intact", 2)).endsWith("2 entrées vérifiées.");
		assertThat(en("mnr.audit.intact", 0)).isEqualTo("Chain intact: no entries to check.");
		assertThat(en("mnr.audit.intact", 2)).isEqualTo("Chain intact: 2 entries verified.");
	}

	private String fr(String key, long count) {
		return messages.getMessage(key, new Object[] { count }, FRENCH);
	}

	private String en(String key, long count) {
		return messages.getMessage(key, new Object[] { count }, ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Objects
			.requireNonNull(CaseworkPluralsTests.class.getClassLoader().getResourceAsStream(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
