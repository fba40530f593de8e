package org.cohesion.portal.i18n;

import java.util.List;

import org.cohesion.portal.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

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
	Languages languages(PlatformProperties properties, @Value("${portal.languages:fr,en}") List<String> configured) {
		return new Languages(properties.defaultLanguage().getLanguage(), configured);
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
