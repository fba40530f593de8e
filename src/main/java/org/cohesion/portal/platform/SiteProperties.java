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
		@DefaultValue List<Link> usefulLinks, @DefaultValue List<Link> socialLinks) {

	/** A labelled external or internal link shown in the footer. */
	public record Link(String label, String url) {
	}

	public String phoneHref() {
		return "tel:" + phone.replaceAll("[^+0-9]", "");
	}

}
