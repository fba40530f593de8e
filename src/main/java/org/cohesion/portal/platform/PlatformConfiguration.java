package org.cohesion.portal.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PlatformProperties.class, SiteProperties.class })
class PlatformConfiguration {

	/**
	 * Time comes from here, never from {@code Instant.now()}, so scheduled work is
	 * testable without sleeping.
	 */
	@Bean
	Clock clock(PlatformProperties properties) {
		return Clock.system(properties.timeZone());
	}

	/**
	 * French first: the public site speaks the default language until translated content
	 * lands (then the language comes from the URL prefix, not from the browser).
	 */
	@Bean
	LocaleResolver localeResolver(PlatformProperties properties) {
		return new FixedLocaleResolver(properties.defaultLanguage(),
				java.util.TimeZone.getTimeZone(properties.timeZone()));
	}

}
