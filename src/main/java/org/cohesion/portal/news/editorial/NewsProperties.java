package org.cohesion.portal.news.editorial;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsroom's settings.
 *
 * @param languages languages an article can be written in, the first being the default
 */
@ConfigurationProperties("portal.news")
public record NewsProperties(@DefaultValue( {
		"fr", "en" }) List<String> languages){

	public String defaultLanguage() {
		return languages.isEmpty() ? "fr" : languages.get(0);
	}

}
