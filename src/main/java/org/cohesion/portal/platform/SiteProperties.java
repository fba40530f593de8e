package org.cohesion.portal.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that names the institution. The ministry has been renamed twice in recent
 * years: its name, logo and contacts are configuration, never code, so that a renaming
 * (or another ministry) is a configuration change.
 */
@ConfigurationProperties("portal.site")
public record SiteProperties(@DefaultValue("Ministère de la Solidarité et de la Cohésion sociale") String name,
		@DefaultValue("MSCS") String shortName, @DefaultValue("République de Côte d’Ivoire") String country,
		@DefaultValue("Union – Discipline – Travail") String motto, @DefaultValue("/img/logo.svg") String logo,
		@DefaultValue("Cité administrative, Tour C, Abidjan-Plateau") String address,
		@DefaultValue("+225 27 20 00 00 00") String phone, @DefaultValue("contact@solidarite.example") String email,
		@DefaultValue List<Link> usefulLinks, @DefaultValue List<Link> socialLinks,
		@DefaultValue EmergencyLine emergencyLine) {

	/**
	 * The line where anyone reports a case of trafficking in persons
	 * ({@code portal.site.emergency-line.phone}, env
	 * {@code PORTAL_SITE_EMERGENCY_LINE_PHONE}); blank hides it. {@code hours}: when it
	 * answers, in the site's first language (blank: not said). {@code sections}: the
	 * sections whose lists and articles show it (besides the contacts page and the
	 * footer).
	 */
	public record EmergencyLine(@DefaultValue("+225 27 20 00 00 01") String phone, @DefaultValue("") String hours,
			@DefaultValue("lutte-contre-la-traite") List<String> sections) {

		/** Shown on this section's pages and articles. */
		public boolean shownIn(String sectionSlug) {
			return shown() && sections.contains(sectionSlug);
		}

		public boolean shown() {
			return phone != null && !phone.isBlank();
		}

		public String phoneHref() {
			return "tel:" + phone.replaceAll("[^+0-9]", "");
		}

	}

	/** A labelled external or internal link shown in the footer. */
	public record Link(String label, String url) {
	}

	public String phoneHref() {
		return "tel:" + phone.replaceAll("[^+0-9]", "");
	}

}
