package org.cohesion.portal.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

	/** Outermost: see {@link DatabaseUnavailableFilter}. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(SiteProperties site) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(site.name()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
