package org.cohesion.portal.platform;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

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
	 * French first and without prefix; the other languages of {@code portal.languages}
	 * under their prefix ({@code /en/…}). The language comes from the URL, never from the
	 * browser.
	 */
	@Bean
	LocaleResolver localeResolver(PlatformProperties properties) {
		return new PageLanguageLocaleResolver(properties.defaultLanguage());
	}

	@Bean
	Languages languages(PlatformProperties properties,
			@Value("${portal.languages:fr,en}") java.util.List<String> configured) {
		return new Languages(properties.defaultLanguage().getLanguage(), configured);
	}

	/** Outermost: see {@link DatabaseUnavailableFilter}. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(SiteProperties site) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(site.name()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Before security and caching, so that both see the page's address without prefix.
	 */
	@Bean
	FilterRegistrationBean<LanguagePrefixFilter> languagePrefixFilter(Languages languages) {
		FilterRegistrationBean<LanguagePrefixFilter> registration = new FilterRegistrationBean<>(
				new LanguagePrefixFilter(languages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
