package org.cohesion.portal.casework.signin;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.config.CaseworkProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.cohesion.portal.platform.SessionSerialization;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casework sessions live in the casework database (table {@code mnr_session}), behind
 * their own cookie {@code MNR_SESSION} scoped to {@code /mnr}, and end after
 * {@code portal.casework.idle-timeout} (15 minutes) without a request. On a node that
 * runs both sides, the portal's Spring Session filter leaves {@code /mnr} alone: a
 * casework session never reaches the portal's database, and the portal's session cookie
 * means nothing under {@code /mnr}.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkSessionConfiguration {

	static final String COOKIE = "MNR_SESSION";

	static final String PATH = "/mnr";

	@Bean
	CaseworkSessionStore caseworkSessionStore(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			@Qualifier(CaseworkTransactional.TRANSACTION_MANAGER) PlatformTransactionManager transactions,
			CaseworkProperties properties) {
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
				new TransactionTemplate(transactions));
		repository.setTableName("mnr_session");
		repository.setConversionService(SessionSerialization.tolerantConversions());
		repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
		return new CaseworkSessionStore(repository);
	}

	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> caseworkSessionFilter(CaseworkSessionStore store,
			CaseworkProperties properties) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setCookiePath(PATH);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Strict");
		cookie.setUseSecureCookie(properties.secureCookie());
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(cookie);
		SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(store.repository());
		filter.setHttpSessionIdResolver(resolver);
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setName("caseworkSessionFilter");
		registration.addUrlPatterns(PATH, PATH + "/*");
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		// Before the portal's session filter, which then lets casework requests through
		// untouched: both are SessionRepositoryFilters, and Spring Session's filters run
		// once per request by their class name (the request attribute
		// "...SessionRepositoryFilter.FILTERED"). AllNodeSeparationTests shows that a
		// casework sign-in leaves no session in the portal's database.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/** Starts and stops the sweeping of expired casework sessions (every minute). */
	static final class CaseworkSessionStore implements InitializingBean, DisposableBean {

		private final JdbcIndexedSessionRepository repository;

		CaseworkSessionStore(JdbcIndexedSessionRepository repository) {
			this.repository = repository;
		}

		JdbcIndexedSessionRepository repository() {
			return repository;
		}

		@Override
		public void afterPropertiesSet() {
			repository.afterPropertiesSet();
		}

		@Override
		public void destroy() {
			repository.destroy();
		}

	}

}
