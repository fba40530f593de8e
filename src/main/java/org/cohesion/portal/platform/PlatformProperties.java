package org.cohesion.portal.platform;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every instance must know about itself.
 *
 * @param role which modules this instance runs: portal, casework or all
 * @param baseUrl public address of the site, used for canonical links and e-mails
 * @param timeZone the site's time zone: dates shown and publication times are in it
 * @param defaultLanguage the language of content and pages when none is chosen
 * @param demo whether the demo content and the demo accounts (public passwords) are
 * loaded at start-up
 */
@ConfigurationProperties("portal")
public record PlatformProperties(@DefaultValue("all") String role, @DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("Africa/Abidjan") ZoneId timeZone, @DefaultValue("fr") Locale defaultLanguage,
		@DefaultValue Demo demo) {

	public record Demo(@DefaultValue("false") boolean enabled) {
	}

	public String baseUrlWithoutSlash() {
		String url = baseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
